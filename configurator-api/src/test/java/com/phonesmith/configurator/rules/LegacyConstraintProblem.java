package com.phonesmith.configurator.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.search.strategy.selectors.values.IntValueSelector;
import org.chocosolver.solver.search.strategy.selectors.variables.DomOverWDeg;
import org.chocosolver.solver.search.strategy.selectors.variables.InputOrder;
import org.chocosolver.solver.search.strategy.strategy.AbstractStrategy;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * The Choco model of {@link LegacyConfigurator} (issue 12's starting point), unchanged: one per question.
 *
 * One Choco model of a feature model, a handset's variants and the shopper's decisions: a boolean per option,
 * the variant as an index, the storage left and the RAM of that variant, every rule and every decision as its own
 * constraint so that QuickXPlain can name the ones in a minimal conflict. Not thread-safe: one per question.
 */
final class LegacyConstraintProblem {
    private final FeatureModel features;
    private final List<HandsetVariant> variants;
    private final Model model = new Model("configuration");
    private final BoolVar[] chosen;
    private final IntVar variant;
    private final Map<Constraint, Reason> explainable = new LinkedHashMap<>();
    private final Map<String, Integer> indexByCode;
    private final int[] decisionOrder;
    private final Map<IntVar, Integer> positions = new java.util.IdentityHashMap<>();
    private final Map<Constraint, Set<Integer>> scopes = new java.util.IdentityHashMap<>();

    LegacyConstraintProblem(FeatureModel features, List<HandsetVariant> variants, Selection selection) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a handset without variants cannot be configured");
        }
        this.features = features;
        this.variants = List.copyOf(variants);
        this.indexByCode = features.indexByCode();
        this.chosen = model.boolVarArray("option", features.options().size());
        int[] depths = features.depths();
        this.decisionOrder = IntStream.range(0, chosen.length).boxed()
                .sorted(java.util.Comparator.comparingInt((Integer i) -> depths[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < chosen.length; i++) {
            positions.put(chosen[i], i);
        }
        this.variant = model.intVar("variant", 0, variants.size() - 1);
        postRules();
        postDecisions(selection);
    }

    int optionCount() {
        return chosen.length;
    }

    int index(String code) {
        Integer index = indexByCode.get(code);
        if (index == null) {
            throw new IllegalArgumentException("no option " + code + " in the feature model");
        }
        return index;
    }

    /**
     * The first solution, with these extra constraints, in the order a shopper's defaults are applied: options
     * decided parents first, each taking its preferred value where the rules allow it; or null if none.
     */
    Assignment first(ToIntFunction<Integer> preferredValue, Constraint... extra) {
        IntVar[] vars = new IntVar[chosen.length + 1];
        for (int i = 0; i < chosen.length; i++) {
            vars[i] = chosen[decisionOrder[i]];
        }
        vars[chosen.length] = variant;
        return solve(Search.intVarSearch(new InputOrder<>(model), preferring(preferredValue), vars), extra);
    }

    /**
     * Any solution with these extra constraints, found the way the solver finds one fastest (variables by
     * domain over weighted degree, the last conflict first), options taking their preferred value where they
     * can; or null if none.
     */
    Assignment any(ToIntFunction<Integer> preferredValue, Constraint... extra) {
        return solve(witnessSearch(preferredValue), extra);
    }

    private AbstractStrategy<IntVar> witnessSearch(ToIntFunction<Integer> preferredValue) {
        IntVar[] vars = Arrays.copyOf(chosen, chosen.length + 1, IntVar[].class);
        vars[chosen.length] = variant;
        return Search.lastConflict(Search.intVarSearch(new DomOverWDeg<>(vars, 0), preferring(preferredValue), vars));
    }

    private IntValueSelector preferring(ToIntFunction<Integer> preferredValue) {
        return v -> {
            Integer position = positions.get(v);
            int preferred = position == null ? v.getLB() : preferredValue.applyAsInt(position);
            return v.contains(preferred) ? preferred : v.getLB();
        };
    }

    private Assignment solve(AbstractStrategy<IntVar> search, Constraint... extra) {
        Solver solver = model.getSolver();
        solver.reset();
        for (Constraint c : extra) {
            c.post();
        }
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
            for (Constraint c : extra) {
                model.unpost(c);
            }
        }
    }

    /**
     * What propagation alone settles: for each option 1 (in), 0 (out) or -1 (open after propagation), with the
     * decisions and rules as they stand; null if propagation alone finds them contradictory.
     */
    int[] settledByPropagation() {
        Solver solver = model.getSolver();
        solver.reset();
        solver.getEnvironment().worldPush();
        try {
            solver.propagate();
            int[] settled = new int[chosen.length];
            for (int i = 0; i < chosen.length; i++) {
                settled[i] = chosen[i].isInstantiated() ? chosen[i].getValue() : -1;
            }
            return settled;
        } catch (org.chocosolver.solver.exception.ContradictionException contradiction) {
            return null;
        } finally {
            solver.getEnvironment().worldPop();
            solver.reset();
        }
    }

    /**
     * A minimal set of decisions and rules that, with these extra constraints, has no solution: QuickXPlain
     * (Junker 2004) first over the decisions, with every rule in force, then over the rules, with those decisions;
     * the rules are first looked for among those whose options the decisions fix by propagation, so that a model of
     * thousands of rules is not searched whole for each explanation.
     */
    List<Reason> explain(Constraint... extra) {
        Solver solver = model.getSolver();
        solver.reset();
        for (Constraint c : extra) {
            c.post();
        }
        try {
            List<Constraint> decisions = new ArrayList<>();
            List<Constraint> rules = new ArrayList<>();
            explainable.forEach((c, reason) -> (reason.isDecision() ? decisions : rules).add(c));
            List<Constraint> coreDecisions = quickXplain(decisions, rules, List.of());
            List<Constraint> near = rulesNear(coreDecisions, extra);
            List<Constraint> coreRules = consistent(near, coreDecisions, List.of())
                    ? quickXplain(rules, coreDecisions, List.of())
                    : quickXplain(near, coreDecisions, List.of());
            Set<Constraint> conflict = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            conflict.addAll(coreDecisions);
            conflict.addAll(coreRules);
            // in the order the rules and then the decisions were posted, so that answers read the same every time
            List<Reason> reasons = new ArrayList<>();
            explainable.forEach((c, reason) -> {
                if (conflict.contains(c) && !reasons.contains(reason)) {
                    reasons.add(reason);
                }
            });
            return reasons;
        } finally {
            for (Constraint c : model.getCstrs()) {
                c.setEnabled(true);
            }
            solver.reset();
            for (Constraint c : extra) {
                model.unpost(c);
            }
        }
    }

    /** The smallest part of candidates that, with the constraints kept in force, has no solution (empty if all do). */
    private List<Constraint> quickXplain(List<Constraint> candidates, List<Constraint> kept, List<Constraint> known) {
        if (candidates.isEmpty() || consistent(candidates, kept, known)) {
            return List.of();
        }
        return qx(new ArrayList<>(), false, candidates, kept);
    }

    private List<Constraint> qx(List<Constraint> background, boolean added, List<Constraint> candidates,
            List<Constraint> kept) {
        if (added && !consistent(background, kept, List.of())) {
            return List.of();
        }
        if (candidates.size() == 1) {
            return candidates;
        }
        int half = candidates.size() / 2;
        List<Constraint> first = candidates.subList(0, half);
        List<Constraint> second = candidates.subList(half, candidates.size());
        List<Constraint> withFirst = new ArrayList<>(background);
        withFirst.addAll(first);
        List<Constraint> fromSecond = qx(withFirst, !first.isEmpty(), second, kept);
        List<Constraint> withFound = new ArrayList<>(background);
        withFound.addAll(fromSecond);
        List<Constraint> fromFirst = qx(withFound, !fromSecond.isEmpty(), first, kept);
        List<Constraint> conflict = new ArrayList<>(fromSecond);
        fromFirst.stream().filter(c -> !conflict.contains(c)).forEach(conflict::add);
        return conflict;
    }

    /** Whether these explainable constraints (and every other constraint of the model) have a solution. */
    private boolean consistent(List<Constraint> some, List<Constraint> more, List<Constraint> andMore) {
        Set<Constraint> enabled = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        enabled.addAll(some);
        enabled.addAll(more);
        enabled.addAll(andMore);
        Solver solver = model.getSolver();
        solver.reset();
        explainable.keySet().forEach(c -> c.setEnabled(enabled.contains(c)));
        solver.setSearch(witnessSearch(i -> 0));
        boolean solved = solver.solve();
        solver.reset();
        return solved;
    }

    /**
     * The rules whose options the decisions fix by propagation (or the extra constraints name), and the storage
     * rule: where a conflict of those decisions is to be found first.
     */
    private List<Constraint> rulesNear(List<Constraint> decisions, Constraint[] extra) {
        Set<Integer> fixed = new java.util.HashSet<>();
        Set<Constraint> enabled = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        enabled.addAll(decisions);
        Solver solver = model.getSolver();
        solver.reset();
        explainable.forEach((c, reason) -> c.setEnabled(!reason.isDecision() || enabled.contains(c)));
        for (Constraint c : extra) {
            c.setEnabled(false);
        }
        solver.getEnvironment().worldPush();
        try {
            solver.propagate();
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i].isInstantiated()) {
                    fixed.add(i);
                }
            }
        } catch (org.chocosolver.solver.exception.ContradictionException contradiction) {
            fixed.clear(); // the decisions fail on their own: look among every rule
            for (int i = 0; i < chosen.length; i++) {
                fixed.add(i);
            }
        } finally {
            solver.getEnvironment().worldPop();
            for (Constraint c : extra) {
                c.setEnabled(true);
            }
            solver.reset();
        }
        for (Constraint c : extra) {
            for (var propagator : c.getPropagators()) {
                for (var v : propagator.getVars()) {
                    Integer position = positions.get(v);
                    if (position != null) {
                        fixed.add(position);
                    }
                }
            }
        }
        List<Constraint> near = new ArrayList<>();
        explainable.forEach((c, reason) -> {
            if (!reason.isDecision() && (reason instanceof Reason.FitsStorage || fixed.containsAll(scopes.get(c)))) {
                near.add(c);
            }
        });
        return near;
    }

    Constraint optionIs(int option, boolean value) {
        return model.arithm(chosen[option], "=", value ? 1 : 0);
    }

    Constraint colourIs(String colour) {
        return model.member(variant, variantsWhere(v -> v.colour().equals(colour)));
    }

    Constraint storageIs(int storageGb) {
        return model.member(variant, variantsWhere(v -> v.storageGb() == storageGb));
    }

    HandsetVariant variant(int index) {
        return variants.get(index);
    }

    private void postRules() {
        for (FeatureModel.Group group : features.groups()) {
            postGroup(group);
        }
        for (FeatureModel.Rule rule : features.rules()) {
            BoolVar option = chosen[index(rule.option())];
            BoolVar other = chosen[index(rule.other())];
            if (rule.kind() == FeatureModel.RuleKind.REQUIRES) {
                rule(model.arithm(option, "<=", other), new Reason.Needs(rule.option(), rule.other()));
            } else {
                rule(model.arithm(option, "+", other, "<=", 1), new Reason.Excludes(rule.option(), rule.other()));
            }
        }
        postRam();
        postStorage();
    }

    private void postGroup(FeatureModel.Group group) {
        Reason reason = new Reason.InGroup(group);
        BoolVar[] members = group.members().stream().map(code -> chosen[index(code)]).toArray(BoolVar[]::new);
        IntVar parent = group.parent() == null ? model.intVar(1) : chosen[index(group.parent())];
        switch (group.kind()) {
            case ALL -> {
                for (BoolVar member : members) {
                    rule(model.arithm(member, "=", parent), reason);
                }
            }
            case EXACTLY_ONE -> rule(model.sum(members, "=", parent), reason);
            case AT_LEAST_ONE, ANY -> {
                if (group.kind() == FeatureModel.GroupKind.AT_LEAST_ONE) {
                    rule(model.sum(members, ">=", parent), reason);
                }
                if (group.parent() != null) {
                    for (BoolVar member : members) {
                        rule(model.arithm(member, "<=", parent), reason);
                    }
                }
            }
        }
    }

    private void postRam() {
        int[] ramByVariant = variants.stream().mapToInt(HandsetVariant::ramGb).toArray();
        IntVar ram = model.intVar("ram", IntStream.of(ramByVariant).distinct().sorted().toArray());
        model.element(ram, ramByVariant, variant).post();
        for (int i = 0; i < chosen.length; i++) {
            FeatureModel.Option option = features.options().get(i);
            if (option.minRamGb() > 0) {
                BoolVar enough = model.arithm(ram, ">=", option.minRamGb()).reify();
                rule(model.arithm(chosen[i], "<=", enough), new Reason.NeedsRam(option.code(), option.minRamGb()));
            }
        }
    }

    private void postStorage() {
        int[] freeByVariant = variants.stream().mapToInt(v -> freeMb(v)).toArray();
        IntVar free = model.intVar("free-mb", IntStream.of(freeByVariant).distinct().sorted().toArray());
        model.element(free, freeByVariant, variant).post();
        List<BoolVar> sized = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            int size = features.options().get(i).installMb();
            if (size > 0) {
                sized.add(chosen[i]);
                sizes.add(size);
            }
        }
        if (!sized.isEmpty()) {
            rule(model.scalar(sized.toArray(BoolVar[]::new), sizes.stream().mapToInt(Integer::intValue).toArray(),
                    "<=", free), new Reason.FitsStorage());
        }
    }

    int freeMb(HandsetVariant v) {
        return v.storageGb() * 1024 - features.systemReserveMb();
    }

    private void postDecisions(Selection selection) {
        if (selection.colour() != null) {
            requireOffered(variantsWhere(v -> v.colour().equals(selection.colour())), "colour " + selection.colour());
            rule(colourIs(selection.colour()), new Reason.ChoseColour(selection.colour()));
        }
        if (selection.storageGb() != null) {
            requireOffered(variantsWhere(v -> v.storageGb() == selection.storageGb()),
                    "storage " + selection.storageGb());
            rule(storageIs(selection.storageGb()), new Reason.ChoseStorage(selection.storageGb()));
        }
        selection.decisions().forEach((code, value) -> rule(optionIs(index(code), value),
                value ? new Reason.Chose(code) : new Reason.Removed(code)));
    }

    private static void requireOffered(int[] variants, String what) {
        if (variants.length == 0) {
            throw new IllegalArgumentException("the handset is not offered with " + what);
        }
    }

    private int[] variantsWhere(java.util.function.Predicate<HandsetVariant> test) {
        return IntStream.range(0, variants.size()).filter(i -> test.test(variants.get(i))).toArray();
    }

    private void rule(Constraint constraint, Reason reason) {
        constraint.post();
        explainable.put(constraint, reason);
        Set<Integer> scope = new java.util.HashSet<>();
        for (var propagator : constraint.getPropagators()) {
            for (var v : propagator.getVars()) {
                Integer position = positions.get(v);
                if (position != null) {
                    scope.add(position);
                }
            }
        }
        scopes.put(constraint, scope);
    }

    /** Values of one solution: each option in or out, and the variant's index. */
    record Assignment(boolean[] options, int variant) {
        Set<Integer> chosenIndexes() {
            Set<Integer> set = new java.util.TreeSet<>();
            for (int i = 0; i < options.length; i++) {
                if (options[i]) {
                    set.add(i);
                }
            }
            return set;
        }
    }
}
