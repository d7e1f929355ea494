package com.phonesmith.factory.flashing;

import com.phonesmith.factory.stock.Variant;

/** What the order says the handset must report. */
public record QaExpectation(String fingerprint, String digest, Variant variant, String imei) {
}
