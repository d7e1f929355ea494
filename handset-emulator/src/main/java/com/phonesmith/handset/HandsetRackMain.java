package com.phonesmith.handset;

import com.phonesmith.handset.customer.CustomerConfig;
import com.phonesmith.handset.customer.Customers;
import com.phonesmith.handset.customer.ShipmentListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a rack until standard input closes or the process is terminated. Options: {@code --host},
 * {@code --first-port}, {@code --units-per-variant}, {@code --data-dir}, {@code --idle-timeout-seconds},
 * {@code --trusted-keys} (the file of keys verified boot accepts), {@code --ignore-stdin} (keep running when standard input is closed from the start, e.g. under nohup); with
 * {@code --kafka} and {@code --activations-url}, shipped handsets are delivered after {@code --delivery-delay},
 * activate and check in every {@code --check-in-interval}.
 */
public final class HandsetRackMain {

    private HandsetRackMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        RackConfig config;
        boolean watchStdin = true;
        String kafka = null;
        String activationsUrl = null;
        Duration deliveryDelay = Duration.ofSeconds(10);
        Duration checkInInterval = Duration.ofDays(30);
        try {
            config = RackConfig.defaults(Path.of(System.getProperty("user.home"), ".phonesmith", "handsets"));
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "--host" -> config = config.withHost(value(args, ++i, option));
                    case "--first-port" -> config = config.withFirstPort(Integer.parseInt(value(args, ++i, option)));
                    case "--units-per-variant" ->
                            config = config.withUnitsPerVariant(Integer.parseInt(value(args, ++i, option)));
                    case "--data-dir" -> config = config.withDataDir(Path.of(value(args, ++i, option)));
                    case "--idle-timeout-seconds" -> config = config.withIdleTimeout(
                            Duration.ofSeconds(Long.parseLong(value(args, ++i, option))));
                    case "--trusted-keys" -> config = config.withTrustedKeys(Path.of(value(args, ++i, option)));
                    case "--ignore-stdin" -> watchStdin = false;
                    case "--kafka" -> kafka = value(args, ++i, option);
                    case "--activations-url" -> activationsUrl = value(args, ++i, option);
                    case "--delivery-delay" -> deliveryDelay = duration(value(args, ++i, option), option);
                    case "--check-in-interval" -> checkInInterval = duration(value(args, ++i, option), option);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: HandsetRackMain [--host 127.0.0.1] [--first-port 5554]"
                    + " [--units-per-variant 2] [--data-dir DIR] [--idle-timeout-seconds 60] [--trusted-keys FILE] [--ignore-stdin]"
                    + " [--kafka HOST:PORT --activations-url URL [--delivery-delay 10s] [--check-in-interval 30d]]");
            System.exit(2);
            return;
        }

        HandsetRack rack = HandsetRack.start(config);
        // with a broker and activations, shipped handsets reach customers, activate and check in
        Customers customers = kafka == null || activationsUrl == null ? null : Customers.start(rack,
                new CustomerConfig(URI.create(activationsUrl), deliveryDelay, checkInInterval));
        ShipmentListener shipments = customers == null ? null : ShipmentListener.start(kafka, customers);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (customers != null) {
                shipments.close();
                customers.close();
            }
            rack.close();
            stopped.countDown();
        }, "handset-rack-shutdown"));
        for (Handset handset : rack.handsets()) {
            System.out.println(handset);
        }
        System.out.println("rack ready: " + rack.handsets().size() + " handsets");
        System.out.flush();

        if (watchStdin) {
            drain(System.in);
            if (customers != null) {
                shipments.close();
                customers.close();
            }
            rack.close();
            System.out.println("rack stopped: standard input closed");
            System.exit(0);
        }
        stopped.await();
    }

    /** 500ms, 10s, 5m, 2h or 30d. */
    static Duration duration(String value, String option) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h|d)").matcher(value.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(option + " must look like 500ms, 10s, 5m, 2h or 30d, got " + value);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    private static void drain(InputStream in) {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // a broken pipe means the parent is gone, which is the same as a close
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
