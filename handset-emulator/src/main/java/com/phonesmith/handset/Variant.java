package com.phonesmith.handset;

import java.util.Objects;

/** What a handset is, as the shop sells it: model code, colour and storage size. */
public record Variant(String model, String colour, int storageGb) {

    public Variant {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(colour, "colour");
        if (model.isBlank() || colour.isBlank() || storageGb <= 0) {
            throw new IllegalArgumentException("incomplete variant: " + model + "/" + colour + "/" + storageGb);
        }
    }

    @Override
    public String toString() {
        return model + "/" + colour + "/" + storageGb + "GB";
    }
}
