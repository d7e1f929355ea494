package com.phonesmith.configurator.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Minimal conflicts among decisions and rules, by QuickXPlain (Junker 2004) exactly as the engine has always run it:
 * first over the decisions, with every rule in force, then over the rules, with those decisions; the rules are first
 * looked for among those whose options the decisions fix by propagation, so that a model of thousands of rules is not
 * searched whole for each explanation. Each "can these hold?" is asked of the workspace, and so is what the decisions
 * fix. For one click, on one borrowed workspace.
 */
final class Explanations {
    private final CompiledRules rules;
    private final Workspace workspace;

    Explanations(CompiledRules rules, Workspace workspace) {
        this.rules = rules;
        this.workspace = workspace;
    }

    /**
     * A minimal set of these decisions and the rules that, with the extra conditions, has no solution; the reasons
     * in the order the rules and then the decisions were posted, so that answers read the same every time.
     */
    List<Reason> explain(List<Condition> decisions, Condition... extra) {
        List<Condition> extras = Arrays.asList(extra);
        Problem problem = new Problem(extras);
        List<Condition> coreDecisions = problem.quickXplain(decisions, rules.rules);
        List<Condition> coreRules = workspace.conflictingRules(coreDecisions, extras, () -> {
            List<Condition> near = rulesNear(coreDecisions, extras);
            return problem.consistent(near, coreDecisions, List.of())
                    ? problem.quickXplain(rules.rules, coreDecisions)
                    : problem.quickXplain(near, coreDecisions);
        });
        Set<Condition> conflict = Collections.newSetFromMap(new IdentityHashMap<>());
        conflict.addAll(coreDecisions);
        conflict.addAll(coreRules);
        List<Reason> reasons = new ArrayList<>();
        for (List<Condition> posted : List.of(rules.rules, decisions)) {
            for (Condition c : posted) {
                if (conflict.contains(c) && !reasons.contains(c.reason)) {
                    reasons.add(c.reason);
                }
            }
        }
        return reasons;
    }

    /** QuickXPlain with the extra conditions of one question always in force. */
    private final class Problem {
        private final List<Condition> extras;

        Problem(List<Condition> extras) {
            this.extras = extras;
        }

        boolean consistent(List<Condition> some, List<Condition> more, List<Condition> andMore) {
            return workspace.consistent(some, more, andMore, extras);
        }

        /** The smallest part of candidates that, with the kept ones in force, has no solution (empty if all do). */
        List<Condition> quickXplain(List<Condition> candidates, List<Condition> kept) {
            if (candidates.isEmpty() || consistent(candidates, kept, List.of())) {
                return List.of();
            }
            return qx(new ArrayList<>(), false, candidates, kept);
        }

        private List<Condition> qx(List<Condition> background, boolean added, List<Condition> candidates,
                List<Condition> kept) {
            if (added && !consistent(background, kept, List.of())) {
                return List.of();
            }
            if (candidates.size() == 1) {
                return candidates;
            }
            int half = candidates.size() / 2;
            List<Condition> first = candidates.subList(0, half);
            List<Condition> second = candidates.subList(half, candidates.size());
            List<Condition> withFirst = new ArrayList<>(background);
            withFirst.addAll(first);
            List<Condition> fromSecond = qx(withFirst, !first.isEmpty(), second, kept);
            List<Condition> withFound = new ArrayList<>(background);
            withFound.addAll(fromSecond);
            List<Condition> fromFirst = qx(withFound, !fromSecond.isEmpty(), first, kept);
            List<Condition> conflict = new ArrayList<>(fromSecond);
            fromFirst.stream().filter(c -> !conflict.contains(c)).forEach(conflict::add);
            return conflict;
        }
    }

    /**
     * The rules whose options the decisions fix by propagation (or the extra conditions name), and the storage
     * rule: where a conflict of those decisions is to be found first.
     */
    private List<Condition> rulesNear(List<Condition> decisions, List<Condition> extras) {
        boolean[] fixed = workspace.fixedBy(decisions);
        if (fixed == null) { // the decisions fail on their own: look among every rule
            fixed = new boolean[rules.optionCount];
            Arrays.fill(fixed, true);
        }
        for (Condition c : extras) {
            for (int option : c.scope) {
                fixed[option] = true;
            }
        }
        List<Condition> near = new ArrayList<>();
        for (Condition c : rules.rules) {
            if (c.reason instanceof Reason.FitsStorage || allFixed(workspace.scope(c), fixed)) {
                near.add(c);
            }
        }
        return near;
    }

    private static boolean allFixed(int[] scope, boolean[] fixed) {
        for (int option : scope) {
            if (!fixed[option]) {
                return false;
            }
        }
        return true;
    }
}
