package com.phonesmith.factory.stock;

import java.util.Objects;

/** One sellable variant of a model: the unit of stock. */
public record Variant(String model, String colour, int storageGb) {
    public Variant {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(colour, "colour");
    }

    @Override
    public String toString() {
        return model + "/" + colour + "/" + storageGb + "GB";
    }
}
