package com.phonesmith.factory.stock;

/** What a station reported about the handset it holds. */
public record FoundHandset(String imei, String serial, Variant variant, String stationHost, int stationPort) {
}
