package com.phonesmith.configurator.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * What one thread answers a click's questions with, borrowed from its {@link Engine} and given back: the engine's
 * own reasoning over the compiled rules first, the reused Choco model when that reasoning gives up (a search past
 * its bound, or a handset with more variants than it handles), and the last solutions found, which answer "can
 * these hold?" at once when one of them keeps them all. Every answer is exact: the same a fresh Choco model gives.
 */
final class Workspace {
    /** Dead ends the engine's own search allows itself before Choco answers instead. */
    static final int DEAD_ENDS = 10_000;
    private static final int WITNESSES = 8;

    private final CompiledRules rules;
    private final ChocoFacts facts;
    private final SetAnswers<List<Condition>> conflictingRules;
    private final int deadEnds;
    private final Reasoner reasoner;
    private final SolutionSearch search;
    private ConstraintProblem choco;
    private final Assignment[] witnesses = new Assignment[WITNESSES];
    private int witnessCount;
    private int nextWitness;

    Workspace(CompiledRules rules, ChocoFacts facts) {
        this(rules, facts, DEAD_ENDS);
    }

    /** A workspace whose own search gives up after this many dead ends (at once if negative: Choco searches). */
    Workspace(CompiledRules rules, ChocoFacts facts, int deadEnds) {
        this(rules, facts, new SetAnswers<>(rules.conditionCount), deadEnds);
    }

    /** A workspace that shares the conflicts it finds with the other workspaces of its engine. */
    Workspace(CompiledRules rules, ChocoFacts facts, SetAnswers<List<Condition>> conflictingRules, int deadEnds) {
        this.rules = rules;
        this.facts = facts;
        this.conflictingRules = conflictingRules;
        this.deadEnds = deadEnds;
        this.reasoner = rules.reasoned ? new Reasoner(rules) : null;
        this.search = rules.reasoned ? new SolutionSearch(reasoner, rules.optionCount) : null;
    }

    ConstraintProblem choco() {
        if (choco == null) {
            choco = new ConstraintProblem(rules);
        }
        return choco;
    }

    /** The first solution of every rule and these decisions in the order of the defaults; null if none. */
    Assignment first(List<Condition> decisions, IntUnaryOperator preferred) {
        if (reasoner != null) {
            reasoner.enable(rules.rules, decisions);
            if (!reasoner.propagateAll()) {
                return null;
            }
            Assignment found = search.first(rules.decisionOrder, preferred, deadEnds);
            if (found != SolutionSearch.GAVE_UP) {
                remember(found);
                return found;
            }
        }
        Assignment found = choco().first(decisions, preferred);
        remember(found);
        return found;
    }

    /** Whether these conditions can all hold together (the rules not among them switched off). */
    @SafeVarargs
    final boolean consistent(Collection<Condition>... parts) {
        if (reasoner != null) {
            reasoner.enable(parts);
            for (int i = 0; i < witnessCount; i++) {
                if (reasoner.keepsAll(witnesses[i])) {
                    return true;
                }
            }
            if (!reasoner.propagateAll()) {
                return false;
            }
            Assignment last = witnessCount == 0 ? null : witnesses[(nextWitness + WITNESSES - 1) % WITNESSES];
            Assignment found = search.any(rules.modelOrder,
                    i -> last != null && last.options()[i] ? 1 : 0, deadEnds);
            if (found != SolutionSearch.GAVE_UP) {
                remember(found);
                return found != null;
            }
        }
        List<Condition> all = new ArrayList<>();
        for (Collection<Condition> part : parts) {
            all.addAll(part);
        }
        Assignment found = choco().any(all, i -> 0);
        remember(found);
        return found != null;
    }

    /**
     * Which options can be in and which out, given that the decisions hold and the completion is one solution of
     * them: an option stays "cannot be in" (or out) only if no solution has it so.
     */
    void possibilities(List<Condition> decisions, Assignment completion, boolean[] canBeIn, boolean[] canBeOut) {
        record(completion, canBeIn, canBeOut);
        IntUnaryOperator unseen = j -> canBeIn[j] ? 0 : 1;
        IntUnaryOperator unseenOut = j -> canBeOut[j] ? 1 : 0;
        if (reasoner == null) {
            for (int i = 0; i < canBeIn.length; i++) {
                if (!canBeIn[i]) {
                    record(choco().any(with(decisions, rules.optionIs(i, true)), unseen), canBeIn, canBeOut);
                }
                if (!canBeOut[i]) {
                    record(choco().any(with(decisions, rules.optionIs(i, false)), unseenOut), canBeIn, canBeOut);
                }
            }
            return;
        }
        reasoner.enable(rules.rules, decisions);
        if (!reasoner.propagateAll()) {
            throw new IllegalStateException("decisions with a solution cannot contradict each other");
        }
        reasoner.mark();
        // what propagation settles needs no search: an option it puts out can never be in, and the other way round;
        // an option no solution has in is out in every one, which propagation then carries to the options after it
        for (int i = 0; i < canBeIn.length; i++) {
            if (reasoner.valueOf(i) == Reasoner.OPEN && !canBeIn[i]) {
                settle(i, 1, probe(decisions, i, 1, unseen, canBeIn), canBeIn, canBeOut);
            }
            if (reasoner.valueOf(i) == Reasoner.OPEN && !canBeOut[i]) {
                settle(i, 0, probe(decisions, i, 0, unseenOut, canBeOut), canBeIn, canBeOut);
            }
        }
    }

    private void settle(int option, int value, Assignment found, boolean[] canBeIn, boolean[] canBeOut) {
        if (found != null) {
            record(found, canBeIn, canBeOut);
        } else if (!reasoner.assume(option, 1 - value)) {
            throw new IllegalStateException("an option that cannot be one way must be able to be the other");
        } else {
            reasoner.mark();
        }
    }

    /** The options not seen that way yet first, so that a solution settles as many of them as it can. */
    private int[] unseenFirst(boolean[] seen) {
        int[] order = new int[seen.length];
        int next = 0;
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                order[next++] = i;
            }
        }
        for (int i = 0; i < seen.length; i++) {
            if (seen[i]) {
                order[next++] = i;
            }
        }
        return order;
    }

    /**
     * A solution with this option so, deciding first and preferring the values not seen yet (so that it settles many
     * options at once); null if there is none.
     */
    private Assignment probe(List<Condition> decisions, int option, int value, IntUnaryOperator preferred,
            boolean[] seen) {
        Assignment found = null;
        if (reasoner.assume(option, value)) {
            found = search.any(unseenFirst(seen), preferred, deadEnds);
        }
        reasoner.undo();
        if (found == SolutionSearch.GAVE_UP) {
            found = choco().any(with(decisions, rules.optionIs(option, value == 1)), preferred);
        }
        remember(found);
        return found;
    }

    /** Which options every rule and these decisions fix by Choco's propagation; null if it finds a contradiction. */
    boolean[] fixedBy(List<Condition> decisions) {
        return facts.fixedBy(decisions, this::choco);
    }

    /**
     * The rules of the minimal conflict of these decisions with the extra conditions, found before or found now:
     * which rules QuickXPlain keeps depends on the set of both alone.
     */
    List<Condition> conflictingRules(List<Condition> decisions, List<Condition> extras,
            Supplier<List<Condition>> find) {
        SetAnswers.Key set = conflictingRules.of(decisions, extras);
        List<Condition> found = conflictingRules.get(set);
        if (found == null) {
            found = find.get();
            conflictingRules.put(set, found);
        }
        return found;
    }

    /** The options the propagators of this rule watch in Choco's model. */
    int[] scope(Condition rule) {
        return facts.scope(rule, this::choco);
    }

    private List<Condition> with(List<Condition> decisions, Condition extra) {
        List<Condition> all = new ArrayList<>(rules.rules);
        all.addAll(decisions);
        all.add(extra);
        return all;
    }

    private void remember(Assignment solution) {
        if (solution == null || reasoner == null) {
            return;
        }
        witnesses[nextWitness] = solution;
        nextWitness = (nextWitness + 1) % WITNESSES;
        witnessCount = Math.min(WITNESSES, witnessCount + 1);
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
