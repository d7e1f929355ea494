package com.phonesmith.images.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.IConstr;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;
import org.sat4j.tools.xplain.Xplain;

/**
 * Why a selection cannot be installed: a subset-minimal set of clashing clauses (every one is needed for
 * the clash), found by the solver's explanation support, told with the meaning of each clause. Only the
 * unsatisfiable path comes here, so a fresh explaining solver is built each time.
 */
final class Explanation {
    private Explanation() {
    }

    static UnsatisfiableSelection of(List<Rule> rules, int variables, String release) {
        Xplain<ISolver> solver = new Xplain<>(SolverFactory.newDefault(), false);
        solver.setTimeoutOnConflicts(1_000_000);
        solver.newVar(variables);
        Map<IConstr, Integer> indexOf = new IdentityHashMap<>();
        try {
            for (int i = 0; i < rules.size(); i++) {
                IConstr constr = solver.addClause(new VecInt(rules.get(i).literals().clone()));
                if (constr != null) {
                    indexOf.put(constr, i);
                }
            }
            if (solver.isSatisfiable()) {
                throw new IllegalStateException(
                        "a selection of release " + release + " was refused but is installable");
            }
            List<Rule> core = solver.explain().stream().map(indexOf::get).filter(i -> i != null).sorted()
                    .map(rules::get).sorted(Comparator.comparing(Rule::kind)).toList();
            return told(core, release);
        } catch (ContradictionException | TimeoutException e) {
            throw new IllegalStateException("cannot explain why a selection of release " + release + " fails", e);
        }
    }

    /**
     * The choices involved, in the order their packages first appear in the reasons (so the package that
     * declares a conflict comes first), and the reasons: what needs what, what clashes, what every phone has.
     */
    private static UnsatisfiableSelection told(List<Rule> core, String release) {
        List<Rule> reasons = core.stream().filter(r -> r.kind() != Rule.Kind.CHOICE).toList();
        List<Integer> appearance = new ArrayList<>();
        reasons.forEach(r -> {
            for (int literal : r.literals()) {
                appearance.add(Math.abs(literal));
            }
        });
        Set<String> choices = new LinkedHashSet<>();
        core.stream().filter(r -> r.kind() == Rule.Kind.CHOICE)
                .sorted(Comparator.comparingInt(r -> position(appearance, r.literals()[0])))
                .forEach(r -> choices.add(r.text()));
        return new UnsatisfiableSelection(List.copyOf(choices), reasons.stream().map(Rule::text).toList(), release);
    }

    private static int position(List<Integer> appearance, int variable) {
        int position = appearance.indexOf(variable);
        return position < 0 ? Integer.MAX_VALUE : position;
    }
}
