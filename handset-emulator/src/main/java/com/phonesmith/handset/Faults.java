package com.phonesmith.handset;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What can go wrong with a handset at a bench, set per handset (by tests and demos, over fastboot with
 * {@code oem fault ...}): the link's and the flash memory's speed, and one-shot faults that hit the next n
 * operations: a cable pulled mid-download, a partition that fails to write, a write that corrupts a byte (the
 * read-back then differs), a boot that fails, a slow boot.
 */
public final class Faults {
    private final AtomicInteger disconnects = new AtomicInteger();
    private final AtomicInteger corruptions = new AtomicInteger();
    private final AtomicInteger bootFailures = new AtomicInteger();
    private final Map<Partition, AtomicInteger> writeFailures = new ConcurrentHashMap<>();
    private volatile long linkBytesPerSecond;
    private volatile long writeBytesPerSecond;
    private volatile Duration bootDelay = Duration.ZERO;

    /** The next n downloads lose the connection half way through, however small they are. */
    public Faults disconnectDuringDownloads(int n) {
        disconnects.set(n);
        return this;
    }

    /** The next n flashes of this partition fail to write. */
    public Faults failWrites(Partition partition, int n) {
        writeFailures.computeIfAbsent(partition, p -> new AtomicInteger()).set(n);
        return this;
    }

    /** The next n flashes write one byte wrong, without saying so. */
    public Faults corruptWrites(int n) {
        corruptions.set(n);
        return this;
    }

    /** The next n boots fail: the handset stays in its bootloader and says the boot failed. */
    public Faults failBoots(int n) {
        bootFailures.set(n);
        return this;
    }

    /** Booting takes this long ("booting" until then). */
    public Faults bootDelay(Duration delay) {
        bootDelay = delay;
        return this;
    }

    /** The data phase runs at most this fast (0: as fast as the host sends; USB 2.0 is about 35 MB/s). */
    public Faults linkSpeed(long bytesPerSecond) {
        linkBytesPerSecond = Math.max(0, bytesPerSecond);
        return this;
    }

    /** Flashing writes at most this fast (0: instantly). */
    public Faults writeSpeed(long bytesPerSecond) {
        writeBytesPerSecond = Math.max(0, bytesPerSecond);
        return this;
    }

    public Faults clear() {
        disconnects.set(0);
        corruptions.set(0);
        bootFailures.set(0);
        writeFailures.clear();
        linkBytesPerSecond = 0;
        writeBytesPerSecond = 0;
        bootDelay = Duration.ZERO;
        return this;
    }

    /**
     * Applies {@code oem fault <what> [args]}: {@code disconnect-download N}, {@code fail-write PARTITION N},
     * {@code corrupt-write N}, {@code fail-boot N}, {@code boot-delay MILLIS}, {@code link-speed BYTES_PER_S},
     * {@code write-speed BYTES_PER_S}, {@code clear}.
     */
    void apply(String arguments) throws CommandFailure {
        String[] words = arguments.trim().split("\\s+");
        try {
            switch (words[0]) {
                case "disconnect-download" -> disconnectDuringDownloads(count(words, 1));
                case "fail-write" -> failWrites(Partition.named(words[1])
                        .orElseThrow(() -> new CommandFailure("unknown partition " + words[1])), count(words, 2));
                case "corrupt-write" -> corruptWrites(count(words, 1));
                case "fail-boot" -> failBoots(count(words, 1));
                case "boot-delay" -> bootDelay(Duration.ofMillis(Long.parseLong(words[1])));
                case "link-speed" -> linkSpeed(Long.parseLong(words[1]));
                case "write-speed" -> writeSpeed(Long.parseLong(words[1]));
                case "clear" -> clear();
                default -> throw new CommandFailure("unknown fault " + words[0]);
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            throw new CommandFailure("usage: oem fault disconnect-download N | fail-write PARTITION N | corrupt-write N"
                    + " | fail-boot N | boot-delay MILLIS | link-speed BYTES_PER_S | write-speed BYTES_PER_S | clear");
        }
    }

    private static int count(String[] words, int index) {
        return words.length > index ? Integer.parseInt(words[index]) : 1;
    }

    boolean takeDisconnect() {
        return take(disconnects);
    }

    boolean takeWriteFailure(Partition partition) {
        AtomicInteger left = writeFailures.get(partition);
        return left != null && take(left);
    }

    boolean takeCorruption() {
        return take(corruptions);
    }

    boolean takeBootFailure() {
        return take(bootFailures);
    }

    Duration bootDelay() {
        return bootDelay;
    }

    /** Sleeps as long as moving bytes at this rate takes beyond the time already spent since startNanos. */
    static void pace(long bytes, long bytesPerSecond, long startNanos) {
        if (bytesPerSecond <= 0) {
            return;
        }
        long due = startNanos + (long) (bytes * 1e9 / bytesPerSecond);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    long linkBytesPerSecond() {
        return linkBytesPerSecond;
    }

    long writeBytesPerSecond() {
        return writeBytesPerSecond;
    }

    private static boolean take(AtomicInteger left) {
        return left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
