package com.phonesmith.configurator.order;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks an order against the catalog and prices it: the model must be sold, the colour and storage offered
 * for that model, every feature and app known. Every wrong field is reported, not just the first. The price
 * is the variant's price plus the prices of the chosen features and apps.
 */
public final class OrderRules {
    private final Catalog catalog;

    public OrderRules(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The priced configuration of a request the catalog offers; otherwise a 422 problem naming every wrong field. */
    public PricedConfiguration check(OrderRequest request) {
        List<Problem.FieldError> errors = errorsIn(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return price(request);
    }

    /** What is wrong with the request against the catalog, in field order; empty if nothing. */
    public List<Problem.FieldError> errorsIn(OrderRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Optional<Catalog.Model> model = catalog.model(request.model());
        if (model.isEmpty()) {
            errors.add(new Problem.FieldError("model", "is not a model we sell"));
        } else {
            Catalog.Model m = model.get();
            boolean colourOffered = m.colours().contains(request.colour());
            if (!colourOffered) {
                errors.add(new Problem.FieldError("colour",
                        "is not offered for " + m.code() + " (offered: " + String.join(", ", m.colours()) + ")"));
            }
            int storage = request.storageGb();
            if (!m.storageSizes().contains(storage)) {
                errors.add(new Problem.FieldError("storageGb",
                        "is not offered for " + m.code() + " (offered: " + join(m.storageSizes()) + ")"));
            } else if (colourOffered && m.variant(request.colour(), storage).isEmpty()) {
                errors.add(new Problem.FieldError("storageGb", "is not offered for " + m.code() + " in "
                        + request.colour() + " (offered: " + join(m.storageSizesIn(request.colour())) + ")"));
            }
        }
        for (int i = 0; i < request.features().size(); i++) {
            if (catalog.feature(request.features().get(i)).isEmpty()) {
                errors.add(new Problem.FieldError("features[" + i + "]", "is not an OS feature we offer"));
            }
        }
        for (int i = 0; i < request.apps().size(); i++) {
            if (catalog.app(request.apps().get(i)).isEmpty()) {
                errors.add(new Problem.FieldError("apps[" + i + "]", "is not an app we offer"));
            }
        }
        return errors;
    }

    /** The configuration and total price of a request that has no errors. */
    public PricedConfiguration price(OrderRequest request) {
        Catalog.Model model = catalog.model(request.model())
                .orElseThrow(() -> new IllegalArgumentException("unknown model " + request.model()));
        Catalog.Variant variant = model.variant(request.colour(), request.storageGb())
                .orElseThrow(() -> new IllegalArgumentException("no variant " + request.colour() + "/"
                        + request.storageGb() + " of " + model.code()));
        long total = variant.priceMinor();
        for (String code : request.features()) {
            total = Math.addExact(total, catalog.feature(code)
                    .orElseThrow(() -> new IllegalArgumentException("unknown feature " + code)).priceMinor());
        }
        for (String code : request.apps()) {
            total = Math.addExact(total, catalog.app(code)
                    .orElseThrow(() -> new IllegalArgumentException("unknown app " + code)).priceMinor());
        }
        return new PricedConfiguration(model.maker(), model.code(), variant.colour(), variant.storageGb(),
                request.features().stream().sorted().toList(), request.apps().stream().sorted().toList(),
                total, catalog.currency());
    }

    private static String join(Iterable<Integer> sizes) {
        List<String> texts = new ArrayList<>();
        sizes.forEach(s -> texts.add(String.valueOf(s)));
        return String.join(", ", texts);
    }
}
