package com.phonesmith.configurator.order;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.configuration.SelectionRules;
import com.phonesmith.configurator.rules.FeatureModel;
import com.phonesmith.configurator.rules.Propagation;
import com.phonesmith.configurator.rules.Selection;
import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an order against the catalog and prices it: the model must be sold, the colour and storage offered
 * for that model, every feature and app known, and the configuration must keep the feature model's rules,
 * completed by the rules as the configurator page showed it (options they include, defaults not removed).
 * Every wrong field is reported, not just the first. The price is the variant's plus each option's.
 */
public final class OrderRules {
    private final Catalog catalog;

    public OrderRules(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The priced configuration of a request the catalog offers; otherwise a 422 problem naming every wrong field. */
    public PricedConfiguration check(ChosenConfiguration request) {
        List<Problem.FieldError> errors = fieldErrors(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Catalog.Model model = catalog.model(request.model()).orElseThrow();
        Optional<Propagation.Completion> completion = catalog.configurator(model).complete(selectionOf(request));
        if (completion.isEmpty()) {
            throw ProblemException.invalid(conflictErrors(request, model));
        }
        return price(model, completion.get());
    }

    /** What is wrong with the request against the catalog and its rules, in field order; empty if nothing. */
    public List<Problem.FieldError> errorsIn(ChosenConfiguration request) {
        List<Problem.FieldError> errors = fieldErrors(request);
        if (errors.isEmpty()) {
            Catalog.Model model = catalog.model(request.model()).orElseThrow();
            if (catalog.configurator(model).complete(selectionOf(request)).isEmpty()) {
                errors.addAll(conflictErrors(request, model));
            }
        }
        return errors;
    }

    private List<Problem.FieldError> fieldErrors(ChosenConfiguration request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Optional<Catalog.Model> model = catalog.model(request.model());
        if (model.isEmpty()) {
            errors.add(new Problem.FieldError("model", "is not a model we sell"));
        } else {
            Catalog.Model m = model.get();
            Optional<String> colourRefused = m.colourRefusal(request.colour());
            colourRefused.ifPresent(reason -> errors.add(new Problem.FieldError("colour", reason)));
            int storage = request.storageGb();
            Optional<String> storageRefused = m.storageRefusal(storage);
            if (storageRefused.isPresent()) {
                errors.add(new Problem.FieldError("storageGb", storageRefused.get()));
            } else if (colourRefused.isEmpty() && m.variant(request.colour(), storage).isEmpty()) {
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
        SelectionRules selections = new SelectionRules(catalog);
        errors.addAll(selections.unknownOptions("removed", request.removed()));
        List<String> chosen = new ArrayList<>(request.features());
        chosen.addAll(request.apps());
        errors.addAll(selections.chosenAndRemoved(chosen, "removed", request.removed()));
        return errors;
    }

    /** One error per decision of the request in the minimal conflict, each with the explanation and its fixes. */
    private List<Problem.FieldError> conflictErrors(ChosenConfiguration request, Catalog.Model model) {
        Propagation.Conflict conflict = catalog.configurator(model).propagate(selectionOf(request)).conflict()
                .orElseThrow(() -> new IllegalStateException("a configuration without completion has no conflict"));
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("features", request.features());
        lists.put("apps", request.apps());
        lists.put("removed", request.removed());
        List<String> fields = SelectionRules.fieldsOf(conflict.because(), lists);
        if (fields.isEmpty()) {
            fields = List.of("model");
        }
        return fields.stream().map(field -> new Problem.FieldError(field, conflict.why())).toList();
    }

    private static Selection selectionOf(ChosenConfiguration request) {
        List<String> chosen = new ArrayList<>(request.features());
        chosen.addAll(request.apps());
        return SelectionRules.selection(request.colour(), request.storageGb(), chosen, request.removed());
    }

    private PricedConfiguration price(Catalog.Model model, Propagation.Completion completion) {
        Catalog.Variant variant = model.variant(completion.variant().colour(), completion.variant().storageGb())
                .orElseThrow();
        List<String> features = completion.options().stream().filter(code -> kindOf(code) == FeatureModel.Kind.FEATURE)
                .sorted().toList();
        List<String> apps = completion.options().stream().filter(code -> kindOf(code) == FeatureModel.Kind.APP)
                .sorted().toList();
        long total = variant.priceMinor();
        for (String code : completion.options()) {
            total = Math.addExact(total, catalog.option(code).orElseThrow().priceMinor());
        }
        return new PricedConfiguration(model.maker(), model.code(), variant.colour(), variant.storageGb(), features,
                apps, total, catalog.currency());
    }

    private FeatureModel.Kind kindOf(String code) {
        return catalog.featureModel().option(code).orElseThrow().kind();
    }

    private static String join(Iterable<Integer> sizes) {
        List<String> texts = new ArrayList<>();
        sizes.forEach(s -> texts.add(String.valueOf(s)));
        return String.join(", ", texts);
    }
}
