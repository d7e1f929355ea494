package com.phonesmith.factory.floor;

import java.time.Instant;

/**
 * A port of the flashing station as operators see it: the handset's TCP port and address at the station, what it
 * does, and for the attempt on it (or its last result, for a while): the order, the handset, the partition being
 * written, pieces and bytes written of their totals, the percent written, when it started and was last updated, and
 * why it failed (with when it is retried; none when it is not).
 */
public record PortView(int port, String address, PortState state, String orderId, String imei, Integer attempt,
        String partition, int piecesWritten, int piecesTotal, long bytesWritten, long bytesTotal, int percent,
        Instant startedAt, Instant updatedAt, String failure, Instant retryAt) {

    static PortView idle(String host, int port) {
        return new PortView(port, PortBoard.address(host, port), PortState.IDLE, null, null, null, null, 0, 0, 0, 0, 0,
                null, null, null, null);
    }
}
