package com.phonesmith.factory.floor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The steps of the floor, in the order a phone passes them. Each can be worked by the floor itself or by an operator
 * (manual): kit a handset, start its flash, check it, pack it, hand it to the carrier.
 */
public enum StationKind {
    KITTING, FLASHING, QA, PACKING, SHIPPING;

    /** The station of this name, in any case ({@code flashing}); empty for a name that is none of them. */
    public static Optional<StationKind> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.name().equals(upper)).findFirst();
    }

    /** The stations' names as a path names them: kitting, flashing, qa, packing, shipping. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(kind -> kind.name().toLowerCase(Locale.ROOT)).toList());
    }
}
