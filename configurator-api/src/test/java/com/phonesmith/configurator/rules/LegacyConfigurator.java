package com.phonesmith.configurator.rules;

import com.phonesmith.configurator.rules.LegacyConstraintProblem.Assignment;
import com.phonesmith.configurator.rules.Propagation.Completion;
import com.phonesmith.configurator.rules.Propagation.Conflict;
import com.phonesmith.configurator.rules.Propagation.Fix;
import com.phonesmith.configurator.rules.Propagation.OptionState;
import com.phonesmith.configurator.rules.Propagation.Status;
import com.phonesmith.configurator.rules.Propagation.ValueState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * The engine as it was before issue 12 (a new Choco model and a search for every question), kept unchanged as
 * the oracle that {@link ConfiguratorOracleTest} compares the engine's answers with.
 */
public final class LegacyConfigurator {
    /** How many included or excluded options one answer explains at most; a page shows no more than that. */
    public static final int EXPLAINED_PER_ANSWER = 64;
    private static final int LONGEST_FIX = 3;

    private final FeatureModel features;
    private final List<HandsetVariant> variants;
    private final LegacyExplainer explainer;
    private final int explainLimit;

    public LegacyConfigurator(FeatureModel features, List<HandsetVariant> variants) {
        this(features, variants, EXPLAINED_PER_ANSWER);
    }

    /** An engine that explains at most explainLimit options per answer (the others get their status alone). */
    public LegacyConfigurator(FeatureModel features, List<HandsetVariant> variants, int explainLimit) {
        this.features = features;
        this.variants = List.copyOf(variants);
        this.explainer = new LegacyExplainer(features);
        this.explainLimit = explainLimit;
    }

    /** Everything the page shows after a click. */
    public Propagation propagate(Selection selection) {
        LegacyConstraintProblem problem = new LegacyConstraintProblem(features, variants, selection);
        Assignment completion = problem.first(defaults());
        if (completion == null) {
            return conflicting(problem, selection);
        }
        Completion built = completionOf(problem, completion);
        int n = problem.optionCount();
        boolean[] canBeIn = new boolean[n];
        boolean[] canBeOut = new boolean[n];
        record(completion, canBeIn, canBeOut);
        // what propagation settles needs no search: an option it puts out can never be in, and the other way round
        int[] settled = problem.settledByPropagation();
        boolean[] certain = new boolean[n];
        for (int i = 0; settled != null && i < n; i++) {
            certain[i] = settled[i] >= 0;
        }
        // each witness prefers the values not seen yet, so that one solution settles many options at once
        ToIntFunction<Integer> unseen = j -> canBeIn[j] ? 0 : 1;
        record(problem.any(unseen), canBeIn, canBeOut);
        for (int i = 0; i < n; i++) {
            if (certain[i]) {
                continue;
            }
            if (!canBeIn[i]) {
                record(problem.any(unseen, problem.optionIs(i, true)), canBeIn, canBeOut);
            }
            if (!canBeOut[i]) {
                record(problem.any(j -> canBeOut[j] ? 1 : 0, problem.optionIs(i, false)), canBeIn, canBeOut);
            }
        }
        List<OptionState> states = new ArrayList<>();
        int explained = 0;
        for (int i = 0; i < n; i++) {
            FeatureModel.Option option = features.options().get(i);
            Boolean decided = selection.decisions().get(option.code());
            boolean in = completion.options()[i];
            boolean explain = explained < explainLimit;
            if (decided != null) {
                states.add(new OptionState(option.code(), decided ? Status.CHOSEN : Status.REMOVED, in, List.of(),
                        "", List.of()));
            } else if (!canBeOut[i]) {
                List<Reason> because = explain ? problem.explain(problem.optionIs(i, false)) : List.of();
                states.add(new OptionState(option.code(), Status.INCLUDED, in, because,
                        explain ? explainer.included(option, because) : "", List.of()));
                explained++;
            } else if (!canBeIn[i]) {
                List<Reason> because = explain ? problem.explain(problem.optionIs(i, true)) : List.of();
                List<Fix> fixes = explain ? fixes(selection.choose(option.code()), new Reason.Chose(option.code()))
                        : List.of();
                states.add(new OptionState(option.code(), Status.EXCLUDED, in, because,
                        explain ? explainer.excluded(option, because, built, fixes) : "", fixes));
                explained++;
            } else {
                states.add(new OptionState(option.code(), Status.OPEN, in, List.of(), "", List.of()));
            }
        }
        return new Propagation(states, colours(selection, built), storages(selection, built), Optional.of(built),
                Optional.empty());
    }

    /** The configuration the decisions lead to, if they can all hold: open options take their defaults. */
    public Optional<Completion> complete(Selection selection) {
        LegacyConstraintProblem problem = new LegacyConstraintProblem(features, variants, selection);
        Assignment completion = problem.first(defaults());
        return completion == null ? Optional.empty() : Optional.of(completionOf(problem, completion));
    }

    /** Whether exactly these options, on this variant, make a configuration the rules allow; the conflict if not. */
    public Optional<Conflict> check(String colour, int storageGb, java.util.Collection<String> options) {
        java.util.Map<String, Boolean> decisions = new java.util.LinkedHashMap<>();
        java.util.Set<String> wanted = new java.util.HashSet<>(options);
        for (FeatureModel.Option option : features.options()) {
            decisions.put(option.code(), wanted.contains(option.code()));
        }
        Selection exact = new Selection(colour, storageGb, decisions);
        LegacyConstraintProblem problem = new LegacyConstraintProblem(features, variants, exact);
        if (problem.first(defaults()) != null) {
            return Optional.empty();
        }
        List<Reason> because = problem.explain();
        return Optional.of(new Conflict(because, explainer.conflict(because, null, problem), List.of()));
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
                .map(o -> explainer.name(o.code()) + " can never be chosen: " + o.why()).toList();
    }

    private Propagation conflicting(LegacyConstraintProblem problem, Selection selection) {
        List<Reason> because = problem.explain();
        List<Fix> fixes = fixes(selection, null);
        Conflict conflict = new Conflict(because, explainer.conflict(because, fixes, problem), fixes);
        List<OptionState> states = features.options().stream().map(option -> {
            Boolean decided = selection.decisions().get(option.code());
            Status status = decided == null ? Status.UNKNOWN : decided ? Status.CHOSEN : Status.REMOVED;
            return new OptionState(option.code(), status, Boolean.TRUE.equals(decided), List.of(), "", List.of());
        }).toList();
        return new Propagation(states, List.of(), List.of(), Optional.empty(), Optional.of(conflict));
    }

    /**
     * The single changes to the decisions in the minimal conflict of this selection that make it consistent, the
     * kept decision never among them; if no single change does, the shortest chain of them found greedily.
     */
    private List<Fix> fixes(Selection target, Reason kept) {
        LegacyConstraintProblem problem = new LegacyConstraintProblem(features, variants, target);
        if (problem.first(defaults()) != null) {
            return List.of();
        }
        List<Reason> because = problem.explain();
        List<Fix> single = new ArrayList<>();
        for (Reason reason : because) {
            if (reason.isDecision() && !reason.equals(kept)) {
                firstWorking(alternatives(target, reason)).ifPresent(single::add);
            }
        }
        if (!single.isEmpty()) {
            return single;
        }
        return chain(target, kept).map(List::of).orElse(List.of());
    }

    private Optional<Fix> chain(Selection target, Reason kept) {
        Selection current = target;
        List<String> labels = new ArrayList<>();
        for (int step = 0; step < LONGEST_FIX; step++) {
            LegacyConstraintProblem problem = new LegacyConstraintProblem(features, variants, current);
            if (problem.first(defaults()) != null) {
                return labels.isEmpty() ? Optional.empty()
                        : Optional.of(new Fix(LegacyExplainer.capitalised(String.join(" and ", labels)), current));
            }
            Selection at = current;
            Optional<Fix> next = problem.explain().stream().filter(r -> r.isDecision() && !r.equals(kept))
                    .flatMap(r -> alternatives(at, r).stream().limit(1)).findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            labels.add(LegacyExplainer.uncapitalised(next.get().label()));
            current = next.get().result();
        }
        return Optional.empty();
    }

    /** Ways to undo one decision, nearest first: another storage size or colour, or the option the other way. */
    private List<Fix> alternatives(Selection target, Reason decision) {
        List<Fix> fixes = new ArrayList<>();
        if (decision instanceof Reason.Chose chose) {
            fixes.add(new Fix("Remove " + explainer.name(chose.option()), target.remove(chose.option())));
        } else if (decision instanceof Reason.Removed removed) {
            fixes.add(new Fix("Add " + explainer.name(removed.option()), target.choose(removed.option())));
        } else if (decision instanceof Reason.ChoseStorage storage) {
            int now = storage.storageGb();
            new TreeSet<>(variants.stream().map(HandsetVariant::storageGb).toList()).stream()
                    .filter(gb -> gb != now)
                    .sorted(Comparator.comparingInt((Integer gb) -> gb < now ? 1 : 0)
                            .thenComparingInt(gb -> Math.abs(gb - now)))
                    .forEach(gb -> fixes.add(new Fix("Choose " + gb + " GB", target.withStorage(gb))));
        } else if (decision instanceof Reason.ChoseColour colour) {
            new TreeSet<>(variants.stream().map(HandsetVariant::colour).toList()).stream()
                    .filter(c -> !c.equals(colour.colour()))
                    .forEach(c -> fixes.add(new Fix("Choose " + c, target.withColour(c))));
        }
        return fixes;
    }

    private Optional<Fix> firstWorking(List<Fix> candidates) {
        return candidates.stream().filter(f -> complete(f.result()).isPresent()).findFirst();
    }

    private List<ValueState> colours(Selection selection, Completion built) {
        List<ValueState> states = new ArrayList<>();
        for (String colour : new TreeSet<>(variants.stream().map(HandsetVariant::colour).toList())) {
            states.add(valueState(colour, colour.equals(selection.colour()), selection.withColour(colour),
                    new Reason.ChoseColour(colour), built));
        }
        return states;
    }

    private List<ValueState> storages(Selection selection, Completion built) {
        List<ValueState> states = new ArrayList<>();
        for (int gb : new TreeSet<>(variants.stream().map(HandsetVariant::storageGb).toList())) {
            states.add(valueState(String.valueOf(gb), Integer.valueOf(gb).equals(selection.storageGb()),
                    selection.withStorage(gb), new Reason.ChoseStorage(gb), built));
        }
        return states;
    }

    private ValueState valueState(String value, boolean chosen, Selection with, Reason kept, Completion built) {
        if (chosen) {
            return new ValueState(value, true, true, "", List.of());
        }
        LegacyConstraintProblem problem = new LegacyConstraintProblem(features, variants, with);
        if (problem.first(defaults()) != null) {
            return new ValueState(value, false, true, "", List.of());
        }
        List<Reason> because = problem.explain();
        List<Fix> fixes = fixes(with, kept);
        return new ValueState(value, false, false, explainer.conflict(because, fixes, problem), fixes);
    }

    private Completion completionOf(LegacyConstraintProblem problem, Assignment assignment) {
        List<String> codes = new ArrayList<>();
        long install = 0;
        for (int i : assignment.chosenIndexes()) {
            FeatureModel.Option option = features.options().get(i);
            codes.add(option.code());
            install += option.installMb();
        }
        HandsetVariant variant = problem.variant(assignment.variant());
        return new Completion(variant, codes, install, problem.freeMb(variant));
    }

    private ToIntFunction<Integer> defaults() {
        return i -> features.options().get(i).byDefault() ? 1 : 0;
    }

    private static void record(Assignment assignment, boolean[] canBeIn, boolean[] canBeOut) {
        if (assignment == null) {
            return;
        }
        for (int i = 0; i < canBeIn.length; i++) {
            if (assignment.options()[i]) {
                canBeIn[i] = true;
            } else {
                canBeOut[i] = true;
            }
        }
    }
}
