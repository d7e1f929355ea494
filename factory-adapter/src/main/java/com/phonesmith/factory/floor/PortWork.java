package com.phonesmith.factory.floor;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One flash attempt at one port, as the flash worker reports it: downloading, then writing the partitions of its
 * plan (in flashing order, with the bytes of each image when known), then booting, then done or failed. Written by
 * the attempt's thread, read by the API's: every method holds the lock.
 */
public final class PortWork {
    /** One partition of the plan: its image's bytes (0 when not known beforehand) and the pieces written so far. */
    private static final class Partition {
        private final long plannedBytes;
        private int count;
        private int written;
        private long sentBytes;

        private Partition(long plannedBytes) {
            this.plannedBytes = plannedBytes;
        }

        private boolean complete() {
            return count > 0 && written >= count;
        }

        private long totalBytes() {
            return plannedBytes > 0 ? plannedBytes : sentBytes;
        }

        private long writtenBytes() {
            if (plannedBytes <= 0) {
                return sentBytes;
            }
            return complete() ? plannedBytes : Math.min(sentBytes, plannedBytes);
        }

        private int pieces() {
            return count > 0 ? count : 1;
        }
    }

    private final String host;
    private final int port;
    private final String orderId;
    private final String imei;
    private final int attempt;
    private final Clock clock;
    private final Instant startedAt;
    private final Map<String, Partition> plan = new LinkedHashMap<>();
    private PortState state = PortState.DOWNLOADING;
    private Instant updatedAt;
    private String failure;
    private String failedPartition;
    private Instant retryAt;

    PortWork(String host, int port, String orderId, String imei, int attempt, Clock clock) {
        this.host = host;
        this.port = port;
        this.orderId = orderId;
        this.imei = imei;
        this.attempt = attempt;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.updatedAt = startedAt;
    }

    String address() {
        return PortBoard.address(host, port);
    }

    int port() {
        return port;
    }

    /**
     * Writing begins: the partitions to write in flashing order with the bytes of each image (0 for one whose size is
     * not known until it is sent). A piece of a partition outside the plan joins it when it is written.
     */
    public synchronized void flashing(Map<String, Long> partitionBytes) {
        if (state.finished()) {
            return;
        }
        partitionBytes.forEach((partition, bytes) -> plan.putIfAbsent(partition, new Partition(Math.max(0, bytes))));
        state = PortState.FLASHING;
        touch();
    }

    /** Piece {@code number} of {@code count} of the partition's image, {@code bytes} long, was written. */
    public synchronized void pieceWritten(String partition, int number, int count, long bytes) {
        if (state.finished()) {
            return;
        }
        Partition written = plan.computeIfAbsent(partition, name -> new Partition(0));
        written.count = Math.max(count, 1);
        written.written = Math.max(written.written, Math.min(number, written.count));
        written.sentBytes += Math.max(0, bytes);
        if (state == PortState.DOWNLOADING) {
            state = PortState.FLASHING;
        }
        touch();
    }

    /** Everything is written: the handset reboots and is read back. */
    public synchronized void booting() {
        if (state.finished()) {
            return;
        }
        state = PortState.BOOTING;
        touch();
    }

    /** Flashed, booted and checked. */
    public synchronized void done() {
        state = PortState.DONE;
        failure = null;
        retryAt = null;
        touch();
    }

    /** Flashed and booted: the phone waits for the operator at the manual QA station. */
    public synchronized void waitingForQa() {
        state = PortState.WAITING_FOR_QA;
        failure = null;
        retryAt = null;
        touch();
    }

    /** The attempt failed for this reason; {@code retryAt} when another attempt follows, null when none does. */
    public synchronized void failed(String reason, Instant retryAt) {
        failedPartition = state == PortState.FLASHING ? writing() : null;
        state = PortState.FAILED;
        failure = reason;
        this.retryAt = retryAt;
        touch();
    }

    synchronized boolean finishedBefore(Instant moment) {
        return state.finished() && !updatedAt.isAfter(moment);
    }

    synchronized PortView view() {
        long bytesTotal = 0;
        long bytesWritten = 0;
        int piecesTotal = 0;
        int piecesWritten = 0;
        for (Partition partition : plan.values()) {
            bytesTotal += partition.totalBytes();
            bytesWritten += partition.writtenBytes();
            piecesTotal += partition.pieces();
            piecesWritten += partition.written;
        }
        int percent = state == PortState.DONE || state == PortState.WAITING_FOR_QA ? 100
                : bytesTotal == 0 ? 0 : (int) Math.min(100, bytesWritten * 100 / bytesTotal);
        String partition = switch (state) {
            case FLASHING -> writing();
            case FAILED -> failedPartition;
            default -> null;
        };
        return new PortView(port, address(), state, orderId, imei, attempt, partition, piecesWritten, piecesTotal,
                bytesWritten, bytesTotal, percent, startedAt, updatedAt, failure, retryAt);
    }

    /** The first partition of the plan not completely written, else the last one written. */
    private String writing() {
        String last = null;
        for (Map.Entry<String, Partition> entry : plan.entrySet()) {
            if (!entry.getValue().complete()) {
                return entry.getKey();
            }
            last = entry.getKey();
        }
        return last;
    }

    private void touch() {
        updatedAt = clock.instant();
    }
}
