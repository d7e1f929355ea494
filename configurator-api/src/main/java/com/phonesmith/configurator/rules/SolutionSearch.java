package com.phonesmith.configurator.rules;

import java.util.function.IntUnaryOperator;

/**
 * Depth-first search for a solution over a {@link Reasoner}'s propagation, under a bound of dead ends: the first
 * solution in a fixed order (options each taking their preferred value first), or any solution, restarting with
 * the options of recent dead ends decided first. It says "no solution" only when a complete search proves it, and
 * every solution it returns is checked against every condition in force; when it hits its bound it says so, and the
 * caller asks Choco. Mutable and not thread-safe: one per workspace, with its reasoner.
 */
final class SolutionSearch {
    /** What a search returns when it gave up before finding a solution or proving there is none. */
    static final Assignment GAVE_UP = new Assignment(new boolean[0], -1);
    /** Dead ends of the first run of {@link #any}; each restart allows twice as many. */
    static final int FIRST_RUN_DEAD_ENDS = 32;

    private final Reasoner reasoner;
    // the levels of a search: what to restore, which option, which value is left to try (-1 none)
    private final int[] levelTrail;
    private final long[] levelVariants;
    private final long[] levelUsed;
    private final int[] levelPosition;
    private final int[] levelAlternative;

    SolutionSearch(Reasoner reasoner, int optionCount) {
        this.reasoner = reasoner;
        this.levelTrail = new int[optionCount + 1];
        this.levelVariants = new long[optionCount + 1];
        this.levelUsed = new long[optionCount + 1];
        this.levelPosition = new int[optionCount + 1];
        this.levelAlternative = new int[optionCount + 1];
    }

    /**
     * Any solution of the conditions in force from the current state (which must be propagated), options taking
     * their preferred value first: a search in this order, restarted with twice as many dead ends allowed each time,
     * the options that took part in dead ends decided first (the conflict-directed ordering that lets a search get
     * past a bad early choice). Null if there is none, {@link #GAVE_UP} after about deadEnds dead ends in all. The
     * state is as before when it returns.
     */
    Assignment any(int[] order, IntUnaryOperator preferred, int deadEnds) {
        return any(order, preferred, deadEnds, FIRST_RUN_DEAD_ENDS);
    }

    /** {@link #any(int[], IntUnaryOperator, int)} with this many dead ends allowed in its first run. */
    Assignment any(int[] order, IntUnaryOperator preferred, int deadEnds, int firstRun) {
        if (deadEnds < 0) {
            return GAVE_UP;
        }
        int[] current = order;
        int allowed = firstRun;
        int spent = 0;
        while (true) {
            int run = Math.min(allowed, deadEnds - spent);
            Assignment found = first(current, preferred, run);
            if (found != GAVE_UP || run <= 0) {
                return found;
            }
            spent += run;
            if (spent >= deadEnds) {
                return GAVE_UP;
            }
            allowed *= 2;
            current = byActivity(order);
        }
    }

    private int[] byActivity(int[] order) {
        return java.util.stream.IntStream.of(order).boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer o) -> -reasoner.activity(o)))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * A solution of the conditions in force from the current state (which must be propagated), options decided in
     * this order, each taking its preferred value first, then the variant with the lowest index: so the first
     * solution in that order. Null if there is none, {@link #GAVE_UP} after more than deadEnds dead ends (at once if
     * deadEnds is negative). The state
     * is as before when it returns.
     */
    Assignment first(int[] order, IntUnaryOperator preferred, int deadEnds) {
        if (deadEnds < 0) {
            return GAVE_UP;
        }
        int base = reasoner.trailSize();
        long baseVariants = reasoner.variants();
        long baseUsed = reasoner.usedMb();
        int depth = 0;
        int position = 0;
        int failures = 0;
        Assignment found = null;
        search:
        while (true) {
            while (position < order.length && reasoner.valueOf(order[position]) != Reasoner.OPEN) {
                position++;
            }
            if (position == order.length) {
                found = reasoner.solution();
                break;
            }
            int option = order[position];
            int first = preferred.applyAsInt(option) == 1 ? 1 : 0;
            levelTrail[depth] = reasoner.trailSize();
            levelVariants[depth] = reasoner.variants();
            levelUsed[depth] = reasoner.usedMb();
            levelPosition[depth] = position;
            levelAlternative[depth] = 1 - first;
            depth++;
            if (reasoner.assume(option, first)) {
                continue;
            }
            // dead end: back to the deepest level with a value left to try
            while (true) {
                if (++failures > deadEnds) {
                    found = GAVE_UP;
                    break search;
                }
                if (depth == 0) {
                    break search;
                }
                depth--;
                reasoner.undoTo(levelTrail[depth], levelVariants[depth], levelUsed[depth]);
                int alternative = levelAlternative[depth];
                if (alternative < 0) {
                    continue;
                }
                levelAlternative[depth] = -1;
                position = levelPosition[depth];
                depth++;
                if (reasoner.assume(order[position], alternative)) {
                    continue search;
                }
            }
        }
        reasoner.undoTo(base, baseVariants, baseUsed);
        if (found != null && found != GAVE_UP && !reasoner.keepsAll(found)) {
            return GAVE_UP; // never expected: let the solver answer rather than trust a wrong solution
        }
        return found;
    }
}
