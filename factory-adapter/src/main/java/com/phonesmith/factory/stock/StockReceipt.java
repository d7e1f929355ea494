package com.phonesmith.factory.stock;

import java.util.List;

/** Handsets of one variant arriving at the factory, by IMEI and serial number. */
public record StockReceipt(String model, String colour, Integer storageGb, List<ReceivedHandset> handsets) {

    public record ReceivedHandset(String imei, String serial) {
    }

    /** What was taken into stock. */
    public record Received(String model, String colour, int storageGb, int received, List<String> imeis) {
    }
}
