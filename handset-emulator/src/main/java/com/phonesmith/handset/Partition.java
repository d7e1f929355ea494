package com.phonesmith.handset;

import java.util.Arrays;
import java.util.Optional;

/**
 * The partitions an emulated handset has, with their sizes. The ones that are A/B on a real handset (the boot image,
 * the OS images and the boot descriptor that signs them) exist once per {@link Slot}; {@code userdata} is shared.
 */
public enum Partition {
    BOOT("boot", 64L << 20, true),
    SYSTEM("system", 1L << 30, true),
    VENDOR("vendor", 512L << 20, true),
    PRODUCT("product", 1L << 30, true),
    /** Holds the signed boot descriptor that verified boot checks every other partition against. */
    VBMETA("vbmeta", 64L << 10, true),
    USERDATA("userdata", 4L << 30, false);

    private final String label;
    private final long sizeBytes;
    private final boolean slotted;

    Partition(String label, long sizeBytes, boolean slotted) {
        this.label = label;
        this.sizeBytes = sizeBytes;
        this.slotted = slotted;
    }

    /** The name without a slot suffix, e.g. {@code system}. */
    public String label() {
        return label;
    }

    /** The size of the partition (of each slot's copy, for a slotted one). */
    public long sizeBytes() {
        return sizeBytes;
    }

    /** Whether the partition exists once per slot ({@code system_a}, {@code system_b}). */
    public boolean slotted() {
        return slotted;
    }

    public static Optional<Partition> named(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
    }
}
