package com.phonesmith.configurator.configuration;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.rules.Propagation;
import com.phonesmith.configurator.rules.Selection;
import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reopens a saved configuration against the catalog as it is now. What the catalog no longer offers (a colour, a
 * storage size, an option) is dropped; if the remaining decisions break today's rules, the engine's smallest fix
 * is applied, again while they still conflict (a few times at most). Each change is reported with its reason, so
 * that the shopper sees what no longer fits, why, and gets the nearest configuration that can be built.
 */
public final class Reopening {
    static final int MAX_FIXES = 3;

    private final Catalog catalog;

    public Reopening(Catalog catalog) {
        this.catalog = catalog;
    }

    /** What was saved, and the configuration it reopens as with each change made and why. */
    public record Reopened(ConfigurationRequest configuration, List<Problem.FieldError> changes) {
        public Reopened {
            changes = List.copyOf(changes);
        }
    }

    /** The saved decisions as they reopen today; a 410 problem if the model is no longer sold. */
    public Reopened reopen(ConfigurationRequest saved) {
        Catalog.Model model = catalog.model(saved.model()).orElseThrow(() -> new ProblemException(410, "Gone",
                "model: " + saved.model() + " is no longer sold", List.of(new Problem.FieldError("model",
                        saved.model() + " is no longer sold"))));
        List<Problem.FieldError> changes = new ArrayList<>();
        String colour = saved.colour();
        if (colour != null && model.colourRefusal(colour).isPresent()) {
            changes.add(new Problem.FieldError("colour", colour + " is no longer offered for the " + model.name()));
            colour = null;
        }
        Integer storageGb = saved.storageGb();
        if (storageGb != null && model.storageRefusal(storageGb).isPresent()) {
            changes.add(new Problem.FieldError("storageGb", storageGb + " GB is no longer offered for the "
                    + model.name()));
            storageGb = null;
        }
        List<String> chosen = offered("chosen", saved.chosen(), changes);
        List<String> removed = offered("removed", saved.removed(), changes);
        Selection selection = SelectionRules.selection(colour, storageGb, chosen, removed);
        for (int round = 0; round < MAX_FIXES; round++) {
            Optional<Propagation.Conflict> conflict = catalog.configurator(model).propagate(selection).conflict();
            if (conflict.isEmpty() || conflict.get().fixes().isEmpty()) {
                break;
            }
            Propagation.Fix fix = conflict.get().fixes().get(0);
            changes.add(new Problem.FieldError("configuration", conflict.get().why() + " Applied: " + fix.label()
                    + "."));
            selection = fix.result();
        }
        return new Reopened(requestOf(saved.model(), selection), changes);
    }

    private List<String> offered(String field, List<String> codes, List<Problem.FieldError> changes) {
        List<String> kept = new ArrayList<>();
        for (String code : codes) {
            if (catalog.option(code).isPresent()) {
                kept.add(code);
            } else {
                changes.add(new Problem.FieldError(field, code + " is no longer offered"));
            }
        }
        return kept;
    }

    static ConfigurationRequest requestOf(String model, Selection selection) {
        List<String> chosen = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, Boolean> decision : selection.decisions().entrySet()) {
            (decision.getValue() ? chosen : removed).add(decision.getKey());
        }
        return new ConfigurationRequest(model, selection.colour(), selection.storageGb(), chosen, removed);
    }
}
