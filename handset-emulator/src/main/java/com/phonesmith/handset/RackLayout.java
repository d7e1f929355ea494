package com.phonesmith.handset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Which variants a rack holds and how many units of each: lines "model,colour,storageGb,units". */
public record RackLayout(List<Slot> slots) {
    public static final String RESOURCE = "rack.csv";

    public record Slot(Variant variant, int units) {
    }

    public RackLayout {
        slots = List.copyOf(slots);
    }

    /** The layout on the classpath ({@value #RESOURCE}). */
    public static RackLayout standard() {
        try (InputStream in = RackLayout.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blank lines and lines starting with '#' are ignored. */
    public static RackLayout parse(List<String> lines) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s*,\\s*");
            if (fields.length != 4) {
                throw new IllegalArgumentException("rack layout line " + (i + 1) + ": want model,colour,storageGb,units");
            }
            try {
                Variant variant = new Variant(fields[0], fields[1], Integer.parseInt(fields[2]));
                slots.add(new Slot(variant, Integer.parseInt(fields[3])));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rack layout line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new RackLayout(slots);
    }

    /** The same variants with another number of units each. */
    public RackLayout withUnitsPerVariant(int units) {
        if (units < 1) {
            throw new IllegalArgumentException("units per variant must be at least 1");
        }
        return new RackLayout(slots.stream().map(slot -> new Slot(slot.variant(), units)).toList());
    }

    public int handsetCount() {
        return slots.stream().mapToInt(Slot::units).sum();
    }
}
