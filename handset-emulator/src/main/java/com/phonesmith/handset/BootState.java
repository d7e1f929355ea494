package com.phonesmith.handset;

/** Whether the handset sits in its bootloader or has booted the image on its system partition. */
public enum BootState {
    FASTBOOT("fastboot"),
    BOOTED("booted");

    private final String label;

    BootState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
