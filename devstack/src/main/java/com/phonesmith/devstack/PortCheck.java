package com.phonesmith.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Before a stack starts anything: every port it will listen on must be free, so that it never talks to a server
 * another stack left running there.
 */
final class PortCheck {
    /** One port the stack needs, what it is for, and the option that moves it. */
    record Needed(int port, String purpose, String option) {
    }

    private PortCheck() {
    }

    static List<Needed> portsOf(StackConfig config) {
        List<Needed> needed = new ArrayList<>();
        needed.add(new Needed(config.postgresPort(), "PostgreSQL", "--postgres-port"));
        needed.add(new Needed(config.kafkaPort(), "Kafka", "--kafka-port"));
        needed.add(new Needed(config.kafkaControllerPort(), "Kafka's controller", "--kafka-port"));
        for (ServiceSpec service : ServiceSpec.ALL) {
            needed.add(new Needed(service.port(config), service.name(), "--http-port"));
        }
        for (int i = 0; i < config.handsetCount(); i++) {
            needed.add(new Needed(config.firstHandsetPort() + i, "virtual handset " + (i + 1), "--handset-port"));
        }
        return needed;
    }

    /**
     * Throws, naming each busy port (consecutive ones as a range), what it was for, who holds it where that can be
     * told, and the option that moves it; first of all, whether another Phonesmith holds them.
     */
    static void requireFree(StackConfig config) {
        List<String> busy = new ArrayList<>();
        Set<Long> otherLaunchers = new TreeSet<>();
        List<Needed> needed = portsOf(config);
        for (int i = 0; i < needed.size(); i++) {
            Needed first = needed.get(i);
            if (Ports.canBind(first.port()) && !Ports.inUse(first.port())) {
                continue;
            }
            Optional<PortHolders.Holder> holder = PortHolders.of(first.port());
            holder.flatMap(PortHolders.Holder::launcher).ifPresent(otherLaunchers::add);
            int last = i;
            while (last + 1 < needed.size() && needed.get(last + 1).option().equals(first.option())
                    && needed.get(last + 1).port() == needed.get(last).port() + 1
                    && holder.equals(PortHolders.of(needed.get(last + 1).port()))) {
                last++;
            }
            String ports = last == i ? "port " + first.port() + " (" + first.purpose() + ")"
                    : "ports " + first.port() + "-" + needed.get(last).port() + " (" + first.purpose() + " to "
                            + needed.get(last).purpose() + ")";
            busy.add(ports + " in use by " + holder.map(Object::toString).orElse("another process (which one cannot"
                    + " be told)") + "; stop it, or choose another port with " + first.option());
            i = last;
        }
        if (!busy.isEmpty()) {
            String headline = otherLaunchers.isEmpty() ? "ports this stack needs are in use:"
                    : "another Phonesmith (launcher pid " + otherLaunchers.stream().map(Object::toString)
                            .collect(Collectors.joining(", ")) + ") holds ports this one needs; stop it, or start"
                            + " this one on other ports (--postgres-port, --kafka-port, --http-port, --handset-port):";
            throw new PortsInUseException(headline + "\n  " + String.join("\n  ", busy));
        }
    }

    static final class PortsInUseException extends IllegalStateException {
        PortsInUseException(String message) {
            super(message);
        }
    }
}
