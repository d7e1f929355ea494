package com.phonesmith.factory.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A check the operator makes by eye and hand at the QA bench (the screen, the buttons, the camera), ticked or not. */
public record VisualCheck(String id, String label) {
    /** Reads {@code id:label} items (a bare label gets its first word as id); ids are lower case. */
    public static List<VisualCheck> parse(List<String> items) {
        List<VisualCheck> checks = new ArrayList<>();
        for (String item : items) {
            String text = item.strip();
            if (text.isEmpty()) {
                continue;
            }
            int colon = text.indexOf(':');
            String id = colon > 0 ? text.substring(0, colon).strip() : text.split("\\s+")[0];
            String label = colon > 0 ? text.substring(colon + 1).strip() : text;
            checks.add(new VisualCheck(id.toLowerCase(Locale.ROOT), label));
        }
        return List.copyOf(checks);
    }
}
