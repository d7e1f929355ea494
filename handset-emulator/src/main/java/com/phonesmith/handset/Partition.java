package com.phonesmith.handset;

import java.util.Arrays;
import java.util.Optional;

/** The partitions an emulated handset has, with their sizes. */
public enum Partition {
    BOOT("boot", 64L << 20),
    SYSTEM("system", 1L << 30),
    VENDOR("vendor", 512L << 20),
    PRODUCT("product", 1L << 30),
    /** Holds the signed boot descriptor that verified boot checks every other partition against. */
    VBMETA("vbmeta", 64L << 10),
    USERDATA("userdata", 4L << 30);

    private final String label;
    private final long sizeBytes;

    Partition(String label, long sizeBytes) {
        this.label = label;
        this.sizeBytes = sizeBytes;
    }

    public String label() {
        return label;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public static Optional<Partition> named(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
    }
}
