package com.phonesmith.configurator.rules;

import com.phonesmith.configurator.rules.Propagation.Completion;
import com.phonesmith.configurator.rules.Propagation.Conflict;
import com.phonesmith.configurator.rules.Propagation.Fix;
import com.phonesmith.configurator.rules.Propagation.OptionState;
import com.phonesmith.configurator.rules.Propagation.Status;
import com.phonesmith.configurator.rules.Propagation.ValueState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

/**
 * The questions of one click, on one borrowed workspace: the configuration the decisions lead to, what each option
 * can still be, why, and the smallest fixes. Many questions repeat within a click (a fix is checked for several
 * options, a selection's conflict is explained for its reasons and again for its fixes), so each is answered once.
 */
final class Evaluation {
    private static final int LONGEST_FIX = 3;

    private final CompiledRules rules;
    private final Workspace workspace;
    private final Explanations explanations;
    private final Explainer explainer;
    private final int explainLimit;
    private final Map<Selection, Boolean> consistent = new HashMap<>();
    private final Map<List<Object>, List<Reason>> explained = new HashMap<>();

    Evaluation(CompiledRules rules, Workspace workspace, Explainer explainer, int explainLimit) {
        this.rules = rules;
        this.workspace = workspace;
        this.explanations = new Explanations(rules, workspace);
        this.explainer = explainer;
        this.explainLimit = explainLimit;
    }

    Propagation propagate(Selection selection) {
        List<Condition> decisions = rules.decisions(selection);
        Assignment completion = workspace.first(decisions, defaults());
        if (completion == null) {
            return conflicting(selection);
        }
        consistent.put(selection, true);
        Completion built = completionOf(completion);
        int n = rules.optionCount;
        boolean[] canBeIn = new boolean[n];
        boolean[] canBeOut = new boolean[n];
        workspace.possibilities(decisions, completion, canBeIn, canBeOut);
        List<OptionState> states = new ArrayList<>();
        int explained = 0;
        for (int i = 0; i < n; i++) {
            FeatureModel.Option option = rules.features.options().get(i);
            Boolean decided = selection.decisions().get(option.code());
            boolean in = completion.options()[i];
            boolean explain = explained < explainLimit;
            if (decided != null) {
                states.add(new OptionState(option.code(), decided ? Status.CHOSEN : Status.REMOVED, in, List.of(),
                        "", List.of()));
            } else if (!canBeOut[i]) {
                List<Reason> because = explain ? explain(selection, rules.optionIs(i, false)) : List.of();
                states.add(new OptionState(option.code(), Status.INCLUDED, in, because,
                        explain ? explainer.included(option, because) : "", List.of()));
                explained++;
            } else if (!canBeIn[i]) {
                List<Reason> because = explain ? explain(selection, rules.optionIs(i, true)) : List.of();
                Selection with = selection.choose(option.code());
                consistent.put(with, false);
                List<Fix> fixes = explain ? fixes(with, new Reason.Chose(option.code())) : List.of();
                states.add(new OptionState(option.code(), Status.EXCLUDED, in, because,
                        explain ? explainer.excluded(option, because, built, fixes) : "", fixes));
                explained++;
            } else {
                states.add(new OptionState(option.code(), Status.OPEN, in, List.of(), "", List.of()));
            }
        }
        return new Propagation(states, colours(selection), storages(selection), Optional.of(built),
                Optional.empty());
    }

    Optional<Completion> complete(Selection selection) {
        Assignment completion = workspace.first(rules.decisions(selection), defaults());
        return completion == null ? Optional.empty() : Optional.of(completionOf(completion));
    }

    Optional<Conflict> check(Selection exact) {
        if (consistent(exact)) {
            return Optional.empty();
        }
        List<Reason> because = explain(exact, null);
        return Optional.of(new Conflict(because, explainer.conflict(because, null), List.of()));
    }

    private Propagation conflicting(Selection selection) {
        consistent.put(selection, false);
        List<Reason> because = explain(selection, null);
        List<Fix> fixes = fixes(selection, null);
        Conflict conflict = new Conflict(because, explainer.conflict(because, fixes), fixes);
        List<OptionState> states = rules.features.options().stream().map(option -> {
            Boolean decided = selection.decisions().get(option.code());
            Status status = decided == null ? Status.UNKNOWN : decided ? Status.CHOSEN : Status.REMOVED;
            return new OptionState(option.code(), status, Boolean.TRUE.equals(decided), List.of(), "", List.of());
        }).toList();
        return new Propagation(states, List.of(), List.of(), Optional.empty(), Optional.of(conflict));
    }

    /** Whether the decisions of this selection can all hold. */
    private boolean consistent(Selection selection) {
        Boolean known = consistent.get(selection);
        if (known == null) {
            known = workspace.consistent(rules.rules, rules.decisions(selection));
            consistent.put(selection, known);
        }
        return known;
    }

    /** The reasons of the minimal conflict of this selection's decisions, with the extra condition if any. */
    private List<Reason> explain(Selection selection, Condition extra) {
        List<Condition> decisions = rules.decisions(selection);
        List<Object> key = List.of(decisions, extra == null ? -1 : extra.id);
        List<Reason> known = explained.get(key);
        if (known == null) {
            known = extra == null ? explanations.explain(decisions) : explanations.explain(decisions, extra);
            explained.put(key, known);
        }
        return known;
    }

    /**
     * The single changes to the decisions in the minimal conflict of this selection that make it consistent, the
     * kept decision never among them; if no single change does, the shortest chain of them found greedily.
     */
    private List<Fix> fixes(Selection target, Reason kept) {
        if (consistent(target)) {
            return List.of();
        }
        List<Reason> because = explain(target, null);
        List<Fix> single = new ArrayList<>();
        for (Reason reason : because) {
            if (reason.isDecision() && !reason.equals(kept)) {
                alternatives(target, reason).stream().filter(f -> consistent(f.result())).findFirst()
                        .ifPresent(single::add);
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
            if (consistent(current)) {
                return labels.isEmpty() ? Optional.empty()
                        : Optional.of(new Fix(Explainer.capitalised(String.join(" and ", labels)), current));
            }
            Selection at = current;
            Optional<Fix> next = explain(current, null).stream().filter(r -> r.isDecision() && !r.equals(kept))
                    .flatMap(r -> alternatives(at, r).stream().limit(1)).findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            labels.add(Explainer.uncapitalised(next.get().label()));
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
            new TreeSet<>(rules.variants.stream().map(HandsetVariant::storageGb).toList()).stream()
                    .filter(gb -> gb != now)
                    .sorted(Comparator.comparingInt((Integer gb) -> gb < now ? 1 : 0)
                            .thenComparingInt(gb -> Math.abs(gb - now)))
                    .forEach(gb -> fixes.add(new Fix("Choose " + gb + " GB", target.withStorage(gb))));
        } else if (decision instanceof Reason.ChoseColour colour) {
            new TreeSet<>(rules.variants.stream().map(HandsetVariant::colour).toList()).stream()
                    .filter(c -> !c.equals(colour.colour()))
                    .forEach(c -> fixes.add(new Fix("Choose " + c, target.withColour(c))));
        }
        return fixes;
    }

    private List<ValueState> colours(Selection selection) {
        List<ValueState> states = new ArrayList<>();
        for (String colour : new TreeSet<>(rules.variants.stream().map(HandsetVariant::colour).toList())) {
            states.add(valueState(colour, colour.equals(selection.colour()), selection.withColour(colour),
                    new Reason.ChoseColour(colour)));
        }
        return states;
    }

    private List<ValueState> storages(Selection selection) {
        List<ValueState> states = new ArrayList<>();
        for (int gb : new TreeSet<>(rules.variants.stream().map(HandsetVariant::storageGb).toList())) {
            states.add(valueState(String.valueOf(gb), Integer.valueOf(gb).equals(selection.storageGb()),
                    selection.withStorage(gb), new Reason.ChoseStorage(gb)));
        }
        return states;
    }

    private ValueState valueState(String value, boolean chosen, Selection with, Reason kept) {
        if (chosen) {
            return new ValueState(value, true, true, "", List.of());
        }
        if (consistent(with)) {
            return new ValueState(value, false, true, "", List.of());
        }
        List<Reason> because = explain(with, null);
        List<Fix> fixes = fixes(with, kept);
        return new ValueState(value, false, false, explainer.conflict(because, fixes), fixes);
    }

    private Completion completionOf(Assignment assignment) {
        List<String> codes = new ArrayList<>();
        long install = 0;
        for (int i : assignment.chosenIndexes()) {
            FeatureModel.Option option = rules.features.options().get(i);
            codes.add(option.code());
            install += option.installMb();
        }
        HandsetVariant variant = rules.variants.get(assignment.variant());
        return new Completion(variant, codes, install, rules.freeMb(variant));
    }

    private IntUnaryOperator defaults() {
        return i -> rules.features.options().get(i).byDefault() ? 1 : 0;
    }
}
