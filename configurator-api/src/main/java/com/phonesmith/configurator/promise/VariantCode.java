package com.phonesmith.configurator.promise;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import java.util.List;
import java.util.Optional;

/** A variant by the codes that the catalog, the factory and the events share: model, colour, storage in GB. */
public record VariantCode(String model, String colour, int storageGb) {

    /** The variant, if the catalog sells it; otherwise a 404 problem naming the first field that is wrong. */
    public static VariantCode sold(Catalog catalog, String model, String colour, int storageGb) {
        Catalog.Model sold = catalog.model(model).orElseThrow(() -> notSold("model", "is not a model we sell"));
        Optional<String> refusal = sold.colourRefusal(colour);
        if (refusal.isPresent()) {
            throw notSold("colour", refusal.get());
        }
        refusal = sold.storageRefusal(storageGb);
        if (refusal.isPresent()) {
            throw notSold("storageGb", refusal.get());
        }
        if (sold.variant(colour, storageGb).isEmpty()) {
            throw notSold("storageGb", "is not offered for " + model + " in " + colour + " (offered: "
                    + String.join(", ", sold.storageSizesIn(colour).stream().map(String::valueOf).toList()) + ")");
        }
        return new VariantCode(model, colour, storageGb);
    }

    /** As people read it in a log: {@code lumo-one coral 128 GB}. */
    @Override
    public String toString() {
        return model + " " + colour + " " + storageGb + " GB";
    }

    private static ProblemException notSold(String field, String reason) {
        return new ProblemException(404, "Not found", field + ": " + reason,
                List.of(new Problem.FieldError(field, reason)));
    }
}
