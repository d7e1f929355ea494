package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A port of a factory station as factory-adapter reports it: its TCP port and address, its state ({@code IDLE},
 * {@code DOWNLOADING}, {@code FLASHING}, {@code BOOTING}, {@code DONE}, {@code WAITING_FOR_QA}: flashed, the phone
 * waits for an operator at a manual QA station, {@code FAILED}), and for the flash attempt on
 * it (or its last result, for a while): the order, the handset's IMEI, the attempt, the partition being written,
 * pieces and bytes written of their totals, the percent written, when it started and was last updated, why it
 * failed and when it is tried again.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StationPort(int port, String address, String state, String orderId, String imei, Integer attempt,
        String partition, int piecesWritten, int piecesTotal, long bytesWritten, long bytesTotal, int percent,
        String startedAt, String updatedAt, String failure, String retryAt) {
}
