package com.phonesmith.configurator.configuration;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.rules.Reason;
import com.phonesmith.configurator.rules.Selection;
import com.phonesmith.platform.problem.Problem.FieldError;
import com.phonesmith.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a shopper sent (a model, maybe a colour and storage, options chosen and removed) into the engine's
 * {@link Selection}, after checking that the catalog knows each of them: every unknown field is reported at
 * once, as a 422 problem naming it. Also says which field of a request a decision in a conflict came from.
 */
public final class SelectionRules {
    private final Catalog catalog;

    public SelectionRules(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The model, or a 422 problem naming the field. */
    public Catalog.Model model(String code, String field) {
        return catalog.model(code).orElseThrow(() -> ProblemException.invalid(
                List.of(new FieldError(field, "is not a model we sell"))));
    }

    /** What is wrong with the colour and storage of a request for this model; empty if nothing. */
    public List<FieldError> variantErrors(Catalog.Model model, String colour, Integer storageGb) {
        List<FieldError> errors = new ArrayList<>();
        if (colour != null) {
            model.colourRefusal(colour).ifPresent(reason -> errors.add(new FieldError("colour", reason)));
        }
        if (storageGb != null) {
            model.storageRefusal(storageGb).ifPresent(reason -> errors.add(new FieldError("storageGb", reason)));
        }
        return errors;
    }

    /** The options of a list the catalog does not offer, each named by its index in the list. */
    public List<FieldError> unknownOptions(String field, List<String> codes) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (catalog.option(codes.get(i)).isEmpty()) {
                errors.add(new FieldError(field + "[" + i + "]", "is not an OS feature or app we offer"));
            }
        }
        return errors;
    }

    /** The options removed that are also chosen. */
    public List<FieldError> chosenAndRemoved(List<String> chosen, String removedField, List<String> removed) {
        Set<String> chosenSet = new HashSet<>(chosen);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < removed.size(); i++) {
            if (chosenSet.contains(removed.get(i))) {
                errors.add(new FieldError(removedField + "[" + i + "]", "is also chosen; an option is either chosen or removed"));
            }
        }
        return errors;
    }

    /** The checked request as the engine's selection (chosen options first, then removed ones). */
    public Selection selection(ConfigurationRequest request) {
        Catalog.Model model = model(request.model(), "model");
        List<FieldError> errors = new ArrayList<>(variantErrors(model, request.colour(), request.storageGb()));
        errors.addAll(unknownOptions("chosen", request.chosen()));
        errors.addAll(unknownOptions("removed", request.removed()));
        errors.addAll(chosenAndRemoved(request.chosen(), "removed", request.removed()));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return selection(request.colour(), request.storageGb(), request.chosen(), request.removed());
    }

    public static Selection selection(String colour, Integer storageGb, List<String> chosen, List<String> removed) {
        Map<String, Boolean> decisions = new LinkedHashMap<>();
        chosen.forEach(code -> decisions.put(code, true));
        removed.forEach(code -> decisions.put(code, false));
        return new Selection(colour, storageGb, decisions);
    }

    /** The request fields a conflict's decisions came from, given the lists the options were sent in. */
    public static List<String> fieldsOf(List<Reason> because, Map<String, List<String>> lists) {
        List<String> fields = new ArrayList<>();
        for (Reason reason : because) {
            if (reason instanceof Reason.ChoseColour) {
                fields.add("colour");
            } else if (reason instanceof Reason.ChoseStorage) {
                fields.add("storageGb");
            } else if (reason instanceof Reason.Chose || reason instanceof Reason.Removed) {
                String code = reason instanceof Reason.Chose c ? c.option() : ((Reason.Removed) reason).option();
                lists.forEach((field, codes) -> {
                    int index = codes.indexOf(code);
                    if (index >= 0) {
                        fields.add(field + "[" + index + "]");
                    }
                });
            }
        }
        return fields;
    }
}
