package com.phonesmith.configurator.rules;

import com.phonesmith.configurator.rules.Propagation.Completion;
import com.phonesmith.configurator.rules.Propagation.Conflict;
import com.phonesmith.configurator.rules.Propagation.Explained;
import com.phonesmith.configurator.rules.Propagation.Fix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The explanations of one answer: why an option is included or excluded, why a colour or storage size does not fit,
 * why decisions conflict, and the smallest fixes, worked out when first read. Many questions repeat among them (a fix
 * is checked for several options, a selection's conflict is explained for its reasons and again for its fixes), so
 * each is answered once. One answer's explanations are worked out one at a time, on a borrowed workspace.
 */
final class Explaining {
    private static final int LONGEST_FIX = 3;

    private final CompiledRules rules;
    private final Workspaces workspaces;
    private final Explainer explainer;
    private final Map<Selection, Boolean> consistent = new HashMap<>();
    private final Map<List<Object>, List<Reason>> explained = new HashMap<>();
    private Workspace borrowed;

    Explaining(CompiledRules rules, Workspaces workspaces, Explainer explainer) {
        this.rules = rules;
        this.workspaces = workspaces;
        this.explainer = explainer;
    }

    /** Records what is known already: whether these decisions can all hold. */
    synchronized void know(Selection selection, boolean canHold) {
        consistent.put(selection, canHold);
    }

    synchronized Explained included(Selection selection, int option) {
        FeatureModel.Option included = rules.features.options().get(option);
        List<Reason> because = explain(selection, rules.optionIs(option, false));
        return new Explained(because, explainer.included(included, because), List.of());
    }

    synchronized Explained excluded(Selection selection, int option, Completion built) {
        FeatureModel.Option excluded = rules.features.options().get(option);
        List<Reason> because = explain(selection, rules.optionIs(option, true));
        List<Fix> fixes = fixes(selection.choose(excluded.code()), new Reason.Chose(excluded.code()));
        return new Explained(because, explainer.excluded(excluded, because, built, fixes), fixes);
    }

    /** Why a colour or storage size that does not fit the other decisions does not, and the fixes. */
    synchronized Explained value(Selection with, Reason kept) {
        List<Reason> because = explain(with, null);
        List<Fix> fixes = fixes(with, kept);
        return new Explained(List.of(), explainer.conflict(because, fixes), fixes);
    }

    /** The conflict of decisions that cannot all hold, and its fixes. */
    synchronized Conflict conflict(Selection selection) {
        List<Reason> because = explain(selection, null);
        List<Fix> fixes = fixes(selection, null);
        return new Conflict(because, explainer.conflict(because, fixes), fixes);
    }

    /** The conflict of decisions, without fixes, if they cannot all hold. */
    synchronized Optional<Conflict> check(Selection exact) {
        if (consistent(exact)) {
            return Optional.empty();
        }
        List<Reason> because = explain(exact, null);
        return Optional.of(new Conflict(because, explainer.conflict(because, null), List.of()));
    }

    /** Whether the decisions of this selection can all hold. */
    synchronized boolean consistent(Selection selection) {
        Boolean known = consistent.get(selection);
        if (known == null) {
            List<Condition> decisions = rules.decisions(selection);
            known = using(workspace -> workspace.consistent(rules.rules, decisions));
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
            known = using(workspace -> extra == null ? new Explanations(rules, workspace).explain(decisions)
                    : new Explanations(rules, workspace).explain(decisions, extra));
            explained.put(key, known);
        }
        return known;
    }

    /** Works on the workspace borrowed for this answer, borrowing one if none is. */
    private <T> T using(Function<Workspace, T> work) {
        if (borrowed != null) {
            return work.apply(borrowed);
        }
        return workspaces.withWorkspace(workspace -> {
            borrowed = workspace;
            try {
                return work.apply(workspace);
            } finally {
                borrowed = null;
            }
        });
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
}
