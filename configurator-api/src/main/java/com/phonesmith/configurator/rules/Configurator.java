package com.phonesmith.configurator.rules;

import com.phonesmith.configurator.rules.Propagation.Completion;
import com.phonesmith.configurator.rules.Propagation.Conflict;
import com.phonesmith.configurator.rules.Propagation.Status;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The configuration engine for one feature model and one handset's variants. Every answer is the constraint
 * model's: what an option can still be is whether some solution has it in and some has it out, and every "because"
 * is the minimal conflict QuickXPlain finds among the shopper's decisions and the catalog's rules. The feature model
 * is compiled once per handset and reused by every click (see {@link Engine}); answers already given are given
 * again (see {@link Answers}). Thread-safe.
 */
public final class Configurator {
    /** How many included or excluded options one answer explains at most; a page shows no more than that. */
    public static final int EXPLAINED_PER_ANSWER = 64;

    private final FeatureModel features;
    private final List<HandsetVariant> variants;
    private final int explainLimit;
    private volatile Engine engine;

    public Configurator(FeatureModel features, List<HandsetVariant> variants) {
        this(features, variants, EXPLAINED_PER_ANSWER);
    }

    /** An engine that explains at most explainLimit options per answer (the others get their status alone). */
    public Configurator(FeatureModel features, List<HandsetVariant> variants, int explainLimit) {
        this.features = features;
        this.variants = List.copyOf(variants);
        this.explainLimit = explainLimit;
    }

    /** Everything the page shows after a click. */
    public Propagation propagate(Selection selection) {
        return Answers.of(engine(), explainLimit, selection,
                () -> evaluate(evaluation -> evaluation.propagate(selection)));
    }

    /** The configuration the decisions lead to, if they can all hold: open options take their defaults. */
    public Optional<Completion> complete(Selection selection) {
        return evaluate(evaluation -> evaluation.complete(selection));
    }

    /** Whether exactly these options, on this variant, make a configuration the rules allow; the conflict if not. */
    public Optional<Conflict> check(String colour, int storageGb, Collection<String> options) {
        Map<String, Boolean> decisions = new LinkedHashMap<>();
        Set<String> wanted = new HashSet<>(options);
        for (FeatureModel.Option option : features.options()) {
            decisions.put(option.code(), wanted.contains(option.code()));
        }
        Selection exact = new Selection(colour, storageGb, decisions);
        return evaluate(evaluation -> evaluation.check(exact));
    }

    /**
     * What makes the model unusable for this handset, in words: rules that contradict each other, or options no
     * configuration can ever contain. Empty for a sound model.
     */
    public List<String> audit() {
        Propagation open = propagate(Selection.empty());
        if (!open.consistent()) {
            return List.of("The rules contradict each other: " + open.conflict().orElseThrow().why());
        }
        return open.options().stream().filter(o -> o.status() == Status.EXCLUDED)
                .map(o -> engine().explainer.name(o.code()) + " can never be chosen: " + o.why()).toList();
    }

    private <T> T evaluate(Function<Evaluation, T> question) {
        Engine compiled = engine();
        return question.apply(new Evaluation(compiled.rules, compiled, compiled.explainer, explainLimit));
    }

    private Engine engine() {
        Engine known = engine;
        if (known == null) {
            known = Engine.of(features, variants);
            engine = known;
        }
        return known;
    }
}
