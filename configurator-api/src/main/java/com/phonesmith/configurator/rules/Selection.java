package com.phonesmith.configurator.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the shopper has decided so far: a colour and a storage size (each may still be open), and options
 * chosen (true) or removed (false), in the order they were decided.
 */
public record Selection(String colour, Integer storageGb, Map<String, Boolean> decisions) {

    public Selection {
        decisions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
    }

    public static Selection empty() {
        return new Selection(null, null, Map.of());
    }

    public Selection choose(String code) {
        return with(code, true);
    }

    public Selection remove(String code) {
        return with(code, false);
    }

    public Selection withColour(String newColour) {
        return new Selection(newColour, storageGb, decisions);
    }

    public Selection withStorage(Integer newStorageGb) {
        return new Selection(colour, newStorageGb, decisions);
    }

    /** Without the decision on this option (open again). */
    public Selection undecide(String code) {
        Map<String, Boolean> changed = new LinkedHashMap<>(decisions);
        changed.remove(code);
        return new Selection(colour, storageGb, changed);
    }

    private Selection with(String code, boolean chosen) {
        Map<String, Boolean> changed = new LinkedHashMap<>(decisions);
        changed.remove(code);
        changed.put(code, chosen);
        return new Selection(colour, storageGb, changed);
    }
}
