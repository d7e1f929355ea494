package com.phonesmith.configurator.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What Choco's model says of one engine's rules that no click changes, found once by whichever workspace asks first
 * and kept for every workspace: the options each rule's propagators watch, and which options a set of decisions fixes
 * by propagation (QuickXPlain looks for a conflict among the rules near those first). Thread-safe; bounded.
 */
final class ChocoFacts {
    /** Sets of decisions whose propagation is kept; a value is a boolean per option. */
    static final int FIXED_KEPT = 4_096;
    private static final boolean[] CONTRADICTION = new boolean[0];

    private volatile int[][] scopes;
    private final Map<List<Integer>, boolean[]> fixed = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Integer>, boolean[]> eldest) {
            return size() > FIXED_KEPT;
        }
    };

    /** The options the propagators of this rule watch. */
    int[] scope(Condition rule, Supplier<ConstraintProblem> choco) {
        int[][] known = scopes;
        if (known == null) {
            ConstraintProblem problem = choco.get();
            known = new int[problem.ruleCount()][];
            for (int id = 0; id < known.length; id++) {
                known[id] = problem.scope(id);
            }
            scopes = known;
        }
        return known[rule.id];
    }

    /** Which options every rule and these decisions fix by propagation; null if propagation finds a contradiction. */
    boolean[] fixedBy(List<Condition> decisions, Supplier<ConstraintProblem> choco) {
        List<Integer> key = decisions.stream().map(c -> c.id).sorted().toList();
        boolean[] known;
        synchronized (fixed) {
            known = fixed.get(key);
        }
        if (known == null) {
            known = choco.get().fixedBy(decisions);
            known = known == null ? CONTRADICTION : known;
            synchronized (fixed) {
                fixed.put(key, known);
            }
        }
        return known == CONTRADICTION ? null : Arrays.copyOf(known, known.length);
    }
}
