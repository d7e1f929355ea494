package com.phonesmith.handset;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two slots of an A/B handset. A slotted partition exists once per slot, as {@code <name>_a} and
 * {@code <name>_b}; the current slot is the one the next boot runs. Fastboot names a slot by its bare letter
 * ({@code current-slot} answers {@code a}, {@code set_active:b}).
 */
public enum Slot {
    A("a"),
    B("b");

    private final String letter;

    Slot(String letter) {
        this.letter = letter;
    }

    /** The bare letter, as {@code current-slot} reports it and {@code set_active} takes it. */
    public String letter() {
        return letter;
    }

    /** What a slotted partition's name ends with in this slot, e.g. {@code _a}. */
    public String suffix() {
        return "_" + letter;
    }

    public Slot other() {
        return this == A ? B : A;
    }

    /** The slot of a bare letter, {@code a} or {@code b}; nothing else (no suffix, no capitals). */
    public static Optional<Slot> named(String letter) {
        return Arrays.stream(values()).filter(slot -> slot.letter.equals(letter)).findFirst();
    }
}
