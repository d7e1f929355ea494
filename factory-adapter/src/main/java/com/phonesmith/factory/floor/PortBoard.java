package com.phonesmith.factory.floor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The ports of the flashing station and the flash attempt on each, in memory: the flash worker begins a
 * {@link PortWork} when it starts an attempt at a handset's port and reports its progress there; the API reads every
 * port. A finished attempt shows its result for {@code keepFinished}, then the port is idle again. Only the attempts
 * of this instance are known.
 */
public final class PortBoard {
    private final Clock clock;
    private final Duration keepFinished;
    private final String host;
    private final int firstPort;
    private final int count;
    private final ConcurrentMap<String, PortWork> works = new ConcurrentHashMap<>();

    /** The station's ports are {@code host:firstPort} .. {@code firstPort+count-1}. */
    public PortBoard(Clock clock, Duration keepFinished, String host, int firstPort, int count) {
        if (keepFinished.isNegative()) {
            throw new IllegalArgumentException("keep-finished must not be negative, got " + keepFinished);
        }
        this.clock = clock;
        this.keepFinished = keepFinished;
        this.host = host;
        this.firstPort = firstPort;
        this.count = count;
    }

    static String address(String host, int port) {
        return host + ":" + port;
    }

    /** An attempt starts at the port: it replaces whatever the port showed. */
    public PortWork begin(String host, int port, String orderId, String imei, int attempt) {
        PortWork work = new PortWork(host, port, orderId, imei, attempt, clock);
        works.put(address(host, port), work);
        return work;
    }

    /**
     * An attempt that no port shows (its handset is not at a station): it can be reported to like any other, and
     * nobody sees it.
     */
    public PortWork detached(String orderId, String imei, int attempt) {
        return new PortWork("", 0, orderId, imei, attempt, clock);
    }

    /**
     * Every port of the station in port order, then any other port an attempt of this instance worked at (a handset
     * found at an address outside the station's range).
     */
    public List<PortView> ports() {
        Instant expired = clock.instant().minus(keepFinished);
        List<PortView> views = new ArrayList<>(count);
        Set<String> listed = new HashSet<>();
        for (int port = firstPort; port < firstPort + count; port++) {
            String address = address(host, port);
            listed.add(address);
            views.add(viewOf(address, host, port, expired));
        }
        works.values().stream().filter(work -> !listed.contains(work.address()))
                .sorted(Comparator.comparing(PortWork::address)).forEach(work -> {
                    PortView view = viewOf(work.address(), null, work.port(), expired);
                    if (view.state() != PortState.IDLE) {
                        views.add(view);
                    }
                });
        return views;
    }

    private PortView viewOf(String address, String host, int port, Instant expired) {
        PortWork work = works.get(address);
        if (work != null && work.finishedBefore(expired)) {
            works.remove(address, work);
            work = null;
        }
        return work == null ? PortView.idle(host, port) : work.view();
    }
}
