package com.phonesmith.handset;

/** Whether the handset sits in its bootloader, is booting, has booted the image on its system partition, or failed to. */
public enum BootState {
    FASTBOOT("fastboot"),
    /** A slow boot in progress. */
    BOOTING("booting"),
    BOOTED("booted"),
    /** The last boot failed; the handset sits in its bootloader. */
    FAILED("failed");

    private final String label;

    BootState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
