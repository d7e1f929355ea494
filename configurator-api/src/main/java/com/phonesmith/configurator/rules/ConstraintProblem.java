package com.phonesmith.configurator.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.solver.Cause;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.exception.ContradictionException;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.search.strategy.selectors.values.IntValueSelector;
import org.chocosolver.solver.search.strategy.selectors.variables.DomOverWDeg;
import org.chocosolver.solver.search.strategy.selectors.variables.InputOrder;
import org.chocosolver.solver.search.strategy.strategy.AbstractStrategy;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * The Choco model of a compiled feature model and a handset's variants, built once and reused for many questions: a
 * boolean per option, the variant as an index, the storage left and the RAM of that variant, every rule as its own
 * constraint (so that a question can switch rules off). A question's decisions are posted for it and unposted after
 * it; what the rules and some decisions imply is propagated under {@code worldPush()}/{@code worldPop()} from the
 * rules propagated once. Not thread-safe: one per workspace.
 */
final class ConstraintProblem {
    private final CompiledRules rules;
    private final Model model = new Model("configuration");
    private final BoolVar[] chosen;
    private final IntVar variant;
    private final Constraint[] ruleConstraints;
    private final int[][] scopes;
    private final Map<IntVar, Integer> positions = new java.util.IdentityHashMap<>();
    private final IEnvironment environment;
    private final int baseWorld;
    private boolean rooted;
    private boolean rootContradicts;

    ConstraintProblem(CompiledRules rules) {
        this.rules = rules;
        this.chosen = model.boolVarArray("option", rules.optionCount);
        for (int i = 0; i < chosen.length; i++) {
            positions.put(chosen[i], i);
        }
        this.variant = model.intVar("variant", 0, rules.variants.size() - 1);
        this.ruleConstraints = new Constraint[rules.rules.size()];
        this.scopes = new int[rules.rules.size()][];
        IntVar ram = model.intVar("ram", rules.variants.stream().mapToInt(HandsetVariant::ramGb).distinct().sorted()
                .toArray());
        model.element(ram, rules.variants.stream().mapToInt(HandsetVariant::ramGb).toArray(), variant).post();
        for (Condition c : rules.rules) {
            Constraint constraint = switch (c.kind) {
                case IMPLIES -> model.arithm(chosen[c.a], "<=", chosen[c.b]);
                case EXCLUDES -> model.arithm(chosen[c.a], "+", chosen[c.b], "<=", 1);
                case EQUALS -> model.arithm(chosen[c.a], "=", chosen[c.b]);
                case IS -> model.arithm(chosen[c.a], "=", model.intVar(c.value));
                case SUM_EQ, SUM_GE -> model.sum(Arrays.stream(c.members).mapToObj(m -> chosen[m])
                        .toArray(BoolVar[]::new), c.kind == Condition.Kind.SUM_EQ ? "=" : ">=",
                        c.a < 0 ? model.intVar(1) : chosen[c.a]);
                case RAM -> model.arithm(chosen[c.a], "<=", model.arithm(ram, ">=",
                        ((Reason.NeedsRam) c.reason).ramGb()).reify());
                case STORAGE -> storage(c);
                case VARIANT_IN -> throw new IllegalStateException("a decision is not a rule");
            };
            constraint.post();
            ruleConstraints[c.id] = constraint;
            scopes[c.id] = scopeOf(constraint);
        }
        this.environment = model.getEnvironment();
        this.baseWorld = environment.getWorldIndex();
    }

    int ruleCount() {
        return scopes.length;
    }

    /** The options a rule's propagators watch (a sum of many options is split by Choco: then its parent only). */
    int[] scope(int ruleId) {
        return scopes[ruleId];
    }

    private int[] scopeOf(Constraint constraint) {
        java.util.Set<Integer> scope = new java.util.TreeSet<>();
        for (var propagator : constraint.getPropagators()) {
            for (var v : propagator.getVars()) {
                Integer position = positions.get(v);
                if (position != null) {
                    scope.add(position);
                }
            }
        }
        return scope.stream().mapToInt(Integer::intValue).toArray();
    }

    private Constraint storage(Condition c) {
        int[] free = rules.variants.stream().mapToInt(rules::freeMb).toArray();
        IntVar freeMb = model.intVar("free-mb", IntStream.of(free).distinct().sorted().toArray());
        model.element(freeMb, free, variant).post();
        return model.scalar(Arrays.stream(c.members).mapToObj(m -> chosen[m]).toArray(BoolVar[]::new),
                Arrays.stream(c.members).map(rules::installMb).toArray(), "<=", freeMb);
    }

    /**
     * The first solution of every rule and these decisions in the order a shopper's defaults are applied: options
     * decided parents first, each taking its preferred value where the rules allow it; or null if none.
     */
    Assignment first(List<Condition> decisions, IntUnaryOperator preferredValue) {
        IntVar[] vars = new IntVar[chosen.length + 1];
        for (int i = 0; i < chosen.length; i++) {
            vars[i] = chosen[rules.decisionOrder[i]];
        }
        vars[chosen.length] = variant;
        return solve(Search.intVarSearch(new InputOrder<>(model), preferring(preferredValue), vars), rules.rules,
                decisions);
    }

    /**
     * Any solution of these conditions (the rules among them in force, the others switched off), found the way the
     * solver finds one fastest (domain over weighted degree, the last conflict first), options taking their
     * preferred value where they can; or null if none.
     */
    Assignment any(Collection<Condition> conditions, IntUnaryOperator preferredValue) {
        IntVar[] vars = Arrays.copyOf(chosen, chosen.length + 1, IntVar[].class);
        vars[chosen.length] = variant;
        AbstractStrategy<IntVar> search = Search.lastConflict(Search.intVarSearch(new DomOverWDeg<>(vars, 0),
                preferring(preferredValue), vars));
        List<Condition> inForce = new ArrayList<>();
        List<Condition> posted = new ArrayList<>();
        for (Condition c : conditions) {
            (c.id < ruleConstraints.length ? inForce : posted).add(c);
        }
        return solve(search, inForce, posted);
    }

    private IntValueSelector preferring(IntUnaryOperator preferredValue) {
        return v -> {
            Integer position = positions.get(v);
            int preferred = position == null ? v.getLB() : preferredValue.applyAsInt(position);
            return v.contains(preferred) ? preferred : v.getLB();
        };
    }

    private Assignment solve(AbstractStrategy<IntVar> search, Collection<Condition> rulesInForce,
            List<Condition> posted) {
        leaveRoot();
        Solver solver = model.getSolver();
        java.util.Set<Constraint> enabled = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        rulesInForce.forEach(c -> enabled.add(ruleConstraints[c.id]));
        for (Constraint c : ruleConstraints) {
            c.setEnabled(enabled.contains(c));
        }
        List<Constraint> extra = posted.stream().map(this::constraintOf).toList();
        solver.reset();
        extra.forEach(Constraint::post);
        try {
            solver.setSearch(search);
            if (!solver.solve()) {
                return null;
            }
            boolean[] values = new boolean[chosen.length];
            for (int i = 0; i < chosen.length; i++) {
                values[i] = chosen[i].getValue() == 1;
            }
            return new Assignment(values, variant.getValue());
        } finally {
            solver.reset();
            extra.forEach(model::unpost);
            for (Constraint c : ruleConstraints) {
                c.setEnabled(true);
            }
        }
    }

    /**
     * Which options every rule and these decisions fix by propagation alone (true at their index), or null if
     * propagation alone finds them contradictory. The rules are propagated once; each call propagates the decisions
     * from there, under a world pushed for it and popped after it.
     */
    boolean[] fixedBy(Collection<Condition> decisions) {
        enterRoot();
        if (rootContradicts) {
            return null;
        }
        Solver solver = model.getSolver();
        environment.worldPush();
        try {
            for (Condition c : decisions) {
                if (c.kind == Condition.Kind.IS) {
                    chosen[c.a].instantiateTo(c.value, Cause.Null);
                } else {
                    int[] allowed = variantsOf(c);
                    for (int v = 0; v < rules.variants.size(); v++) {
                        if (Arrays.binarySearch(allowed, v) < 0) {
                            variant.removeValue(v, Cause.Null);
                        }
                    }
                }
            }
            solver.propagate();
            boolean[] fixed = new boolean[chosen.length];
            for (int i = 0; i < chosen.length; i++) {
                fixed[i] = chosen[i].isInstantiated();
            }
            return fixed;
        } catch (ContradictionException contradiction) {
            solver.getEngine().flush();
            return null;
        } finally {
            environment.worldPop();
        }
    }

    private void enterRoot() {
        if (rooted) {
            return;
        }
        Solver solver = model.getSolver();
        solver.reset();
        environment.worldPush();
        try {
            solver.propagate();
            rootContradicts = false;
        } catch (ContradictionException contradiction) {
            solver.getEngine().flush();
            rootContradicts = true;
        }
        rooted = true;
    }

    private void leaveRoot() {
        if (rooted) {
            environment.worldPopUntil(baseWorld);
            rooted = false;
        }
    }

    private Constraint constraintOf(Condition c) {
        return c.kind == Condition.Kind.IS ? model.arithm(chosen[c.a], "=", c.value)
                : model.member(variant, variantsOf(c));
    }

    private int[] variantsOf(Condition c) {
        return IntStream.range(0, rules.variants.size()).filter(v -> c.reason instanceof Reason.ChoseColour colour
                ? rules.variants.get(v).colour().equals(colour.colour())
                : rules.variants.get(v).storageGb() == ((Reason.ChoseStorage) c.reason).storageGb()).toArray();
    }
}
