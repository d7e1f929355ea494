package com.phonesmith.configurator.rules;

import com.phonesmith.configurator.rules.Propagation.Completion;
import com.phonesmith.configurator.rules.Propagation.Conflict;
import com.phonesmith.configurator.rules.Propagation.Explained;
import com.phonesmith.configurator.rules.Propagation.Later;
import com.phonesmith.configurator.rules.Propagation.OptionState;
import com.phonesmith.configurator.rules.Propagation.Status;
import com.phonesmith.configurator.rules.Propagation.ValueState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

/**
 * The questions of one click: the configuration the decisions lead to and what each option, colour and storage size
 * can still be, answered at once on a borrowed workspace; why, and the smallest fixes, answered when first read (see
 * {@link Explaining}), for at most explainLimit included or excluded options, in model order.
 */
final class Evaluation {
    private static final Explained NOT_EXPLAINED = new Explained(List.of(), "", List.of());

    private final CompiledRules rules;
    private final Workspaces workspaces;
    private final Explainer explainer;
    private final int explainLimit;

    Evaluation(CompiledRules rules, Workspaces workspaces, Explainer explainer, int explainLimit) {
        this.rules = rules;
        this.workspaces = workspaces;
        this.explainer = explainer;
        this.explainLimit = explainLimit;
    }

    Propagation propagate(Selection selection) {
        List<Condition> decisions = rules.decisions(selection);
        int n = rules.optionCount;
        boolean[] canBeIn = new boolean[n];
        boolean[] canBeOut = new boolean[n];
        Assignment completion = workspaces.withWorkspace(workspace -> {
            Assignment first = workspace.first(decisions, defaults());
            if (first != null) {
                workspace.possibilities(decisions, first, canBeIn, canBeOut);
            }
            return first;
        });
        Explaining explaining = new Explaining(rules, workspaces, explainer);
        if (completion == null) {
            explaining.know(selection, false);
            return conflicting(selection, explaining.conflict(selection));
        }
        explaining.know(selection, true);
        Completion built = completionOf(completion);
        List<OptionState> states = new ArrayList<>();
        int explained = 0;
        for (int i = 0; i < n; i++) {
            FeatureModel.Option option = rules.features.options().get(i);
            Boolean decided = selection.decisions().get(option.code());
            boolean in = completion.options()[i];
            boolean explain = explained < explainLimit;
            int index = i;
            if (decided != null) {
                states.add(new OptionState(option.code(), decided ? Status.CHOSEN : Status.REMOVED, in,
                        Later.now(NOT_EXPLAINED)));
            } else if (!canBeOut[i]) {
                states.add(new OptionState(option.code(), Status.INCLUDED, in, explain
                        ? Later.of(() -> explaining.included(selection, index)) : Later.now(NOT_EXPLAINED)));
                explained++;
            } else if (!canBeIn[i]) {
                explaining.know(selection.choose(option.code()), false);
                states.add(new OptionState(option.code(), Status.EXCLUDED, in, explain
                        ? Later.of(() -> explaining.excluded(selection, index, built)) : Later.now(NOT_EXPLAINED)));
                explained++;
            } else {
                states.add(new OptionState(option.code(), Status.OPEN, in, Later.now(NOT_EXPLAINED)));
            }
        }
        List<ValueState> colours = new ArrayList<>();
        for (String colour : new TreeSet<>(rules.variants.stream().map(HandsetVariant::colour).toList())) {
            colours.add(valueState(colour, colour.equals(selection.colour()), selection.withColour(colour),
                    new Reason.ChoseColour(colour), explaining));
        }
        List<ValueState> storages = new ArrayList<>();
        for (int gb : new TreeSet<>(rules.variants.stream().map(HandsetVariant::storageGb).toList())) {
            storages.add(valueState(String.valueOf(gb), Integer.valueOf(gb).equals(selection.storageGb()),
                    selection.withStorage(gb), new Reason.ChoseStorage(gb), explaining));
        }
        return new Propagation(states, colours, storages, Optional.of(built), Optional.empty());
    }

    Optional<Completion> complete(Selection selection) {
        List<Condition> decisions = rules.decisions(selection);
        Assignment completion = workspaces.withWorkspace(workspace -> workspace.first(decisions, defaults()));
        return completion == null ? Optional.empty() : Optional.of(completionOf(completion));
    }

    Optional<Conflict> check(Selection exact) {
        return new Explaining(rules, workspaces, explainer).check(exact);
    }

    private Propagation conflicting(Selection selection, Conflict conflict) {
        List<OptionState> states = rules.features.options().stream().map(option -> {
            Boolean decided = selection.decisions().get(option.code());
            Status status = decided == null ? Status.UNKNOWN : decided ? Status.CHOSEN : Status.REMOVED;
            return new OptionState(option.code(), status, Boolean.TRUE.equals(decided), Later.now(NOT_EXPLAINED));
        }).toList();
        return new Propagation(states, List.of(), List.of(), Optional.empty(), Optional.of(conflict));
    }

    private ValueState valueState(String value, boolean chosen, Selection with, Reason kept, Explaining explaining) {
        if (chosen) {
            return new ValueState(value, true, true, Later.now(NOT_EXPLAINED));
        }
        if (explaining.consistent(with)) {
            return new ValueState(value, false, true, Later.now(NOT_EXPLAINED));
        }
        return new ValueState(value, false, false, Later.of(() -> explaining.value(with, kept)));
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
