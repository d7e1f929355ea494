package com.phonesmith.handset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a rack until standard input closes or the process is terminated. Options: {@code --host},
 * {@code --first-port}, {@code --units-per-variant}, {@code --data-dir}, {@code --idle-timeout-seconds},
 * {@code --ignore-stdin} (keep running when standard input is closed from the start, e.g. under nohup).
 */
public final class HandsetRackMain {

    private HandsetRackMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        RackConfig config;
        boolean watchStdin = true;
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
                    case "--ignore-stdin" -> watchStdin = false;
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: HandsetRackMain [--host 127.0.0.1] [--first-port 5554]"
                    + " [--units-per-variant 2] [--data-dir DIR] [--idle-timeout-seconds 60] [--ignore-stdin]");
            System.exit(2);
            return;
        }

        HandsetRack rack = HandsetRack.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
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
            rack.close();
            System.out.println("rack stopped: standard input closed");
            System.exit(0);
        }
        stopped.await();
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
