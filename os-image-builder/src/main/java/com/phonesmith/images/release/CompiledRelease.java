package com.phonesmith.images.release;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;

/**
 * A release turned into clauses once, so each resolution only solves. One variable per package (in name
 * order, the first package is 1); essential packages are unit clauses; a dependency is
 * (¬p ∨ q1 ∨ q2 …) over every package whose name or provides matches one of its alternatives; a conflict is
 * (¬p ∨ ¬q) for each other package q matching the conflicting name. Solvers loaded with these clauses are
 * pooled and reused; the choices of a selection are passed as assumptions, never added.
 */
final class CompiledRelease {
    /** Far more than a package index needs: its clauses are dependencies and pairwise conflicts. */
    private static final int MAX_CONFLICTS = 1_000_000;

    private final Release release;
    private final List<ReleasePackage> packages;
    private final Map<String, Integer> variables = new HashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private final int[] essentials;
    /** Per variable, the provider variables of each dependency that has exactly one provider. */
    private final int[][] soleProviders;
    private final boolean consistent;
    private final Deque<ISolver> idle = new ConcurrentLinkedDeque<>();

    private CompiledRelease(Release release) {
        this.release = release;
        this.packages = release.packages();
        int n = packages.size();
        Map<String, Set<Integer>> providers = new HashMap<>();
        for (int v = 1; v <= n; v++) {
            ReleasePackage p = packages.get(v - 1);
            variables.putIfAbsent(p.name(), v);
            providers.computeIfAbsent(p.name(), k -> new TreeSet<>()).add(v);
            for (String virtual : p.provides()) {
                providers.computeIfAbsent(virtual, k -> new TreeSet<>()).add(v);
            }
        }
        List<Integer> essential = new ArrayList<>();
        soleProviders = new int[n + 1][];
        for (int v = 1; v <= n; v++) {
            ReleasePackage p = packages.get(v - 1);
            if (p.essential()) {
                essential.add(v);
                rules.add(new Rule(Rule.Kind.ESSENTIAL, new int[] { v }, p.name() + " is installed on every phone"));
            }
            soleProviders[v] = compileDepends(v, p, providers);
        }
        for (int v = 1; v <= n; v++) {
            compileConflicts(v, packages.get(v - 1), providers);
        }
        essentials = essential.stream().mapToInt(Integer::intValue).toArray();
        ISolver first = newSolver();
        consistent = first != null;
        if (consistent) {
            idle.push(first);
        }
    }

    static CompiledRelease of(Release release) {
        return new CompiledRelease(release);
    }

    Release release() {
        return release;
    }

    private int[] compileDepends(int v, ReleasePackage p, Map<String, Set<Integer>> providers) {
        List<Integer> sole = new ArrayList<>();
        for (String dependency : p.depends()) {
            List<String> names = ReleasePackage.alternatives(dependency);
            Set<Integer> matching = new TreeSet<>();
            names.forEach(name -> matching.addAll(providers.getOrDefault(name, Set.of())));
            if (matching.contains(v)) {
                continue; // the package satisfies its own dependency
            }
            int[] clause = new int[matching.size() + 1];
            clause[0] = -v;
            int i = 1;
            for (int q : matching) {
                clause[i++] = q;
            }
            rules.add(new Rule(Rule.Kind.DEPENDS, clause, needs(p.name(), names, matching)));
            if (matching.size() == 1) {
                sole.add(clause[1]);
            }
        }
        return sole.stream().mapToInt(Integer::intValue).toArray();
    }

    private String needs(String name, List<String> wanted, Set<Integer> matching) {
        String what = String.join(" or ", wanted);
        if (matching.isEmpty()) {
            return name + " needs " + what + ", which no package provides";
        }
        Set<String> providerNames = new LinkedHashSet<>();
        matching.forEach(q -> providerNames.add(packages.get(q - 1).name()));
        if (providerNames.equals(new LinkedHashSet<>(wanted))) {
            return name + " needs " + what;
        }
        return name + " needs " + what + " (provided by " + String.join(" or ", providerNames) + ")";
    }

    private void compileConflicts(int v, ReleasePackage p, Map<String, Set<Integer>> providers) {
        for (String conflict : p.conflicts()) {
            for (int q : providers.getOrDefault(conflict, Set.of())) {
                if (q == v) {
                    continue; // a package never conflicts with itself
                }
                String other = packages.get(q - 1).name();
                String why = conflict.equals(other) ? ""
                        : p.provides().contains(conflict) ? " (both provide " + conflict + ")"
                                : " (which provides " + conflict + ")";
                rules.add(new Rule(Rule.Kind.CONFLICT, new int[] { -v, -q },
                        p.name() + " conflicts with " + other + why));
            }
        }
    }

    /** A solver holding every clause, or null if the clauses contradict each other outright. */
    private ISolver newSolver() {
        ISolver solver = SolverFactory.newDefault();
        // a time-based timeout starts a timer thread on every call; counting conflicts costs nothing
        solver.setTimeoutOnConflicts(MAX_CONFLICTS);
        solver.newVar(packages.size());
        solver.setExpectedNumberOfClauses(rules.size());
        try {
            for (Rule rule : rules) {
                solver.addClause(new VecInt(rule.literals().clone()));
            }
        } catch (ContradictionException e) {
            return null;
        }
        return solver;
    }

    /**
     * The subset-minimal package set of the selection: the chosen and essential packages (and what they
     * need for certain) are assumed installed; then each other package, in name order, is assumed not
     * installed if the selection stays satisfiable with every earlier decision. The same input always
     * gives the same set.
     */
    Resolution resolve(Selection selection) throws UnresolvableSelection {
        List<Rule> choices = choices(selection);
        if (!consistent) {
            throw explain(choices);
        }
        int n = packages.size();
        boolean[] decided = new boolean[n + 1];
        int[] assumptions = new int[n];
        int count = 0;
        Deque<Integer> work = new ArrayDeque<>();
        Arrays.stream(essentials).forEach(work::add);
        choices.forEach(choice -> work.add(choice.literals()[0]));
        while (!work.isEmpty()) {
            int v = work.poll();
            if (!decided[v]) {
                decided[v] = true;
                assumptions[count++] = v;
                Arrays.stream(soleProviders[v]).forEach(work::add);
            }
        }
        ISolver solver = borrowSolver();
        try {
            if (!solver.isSatisfiable(vector(assumptions, count))) {
                throw explain(choices);
            }
            boolean[] installed = model(solver, n);
            for (int v = 1; v <= n; v++) {
                if (decided[v]) {
                    continue;
                }
                assumptions[count++] = -v;
                if (installed[v]) {
                    if (solver.isSatisfiable(vector(assumptions, count))) {
                        installed = model(solver, n);
                    } else {
                        assumptions[count - 1] = v;
                    }
                }
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("resolving a selection of release " + release.version() + " timed out", e);
        } finally {
            idle.push(solver);
        }
        List<ResolvedPackage> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (assumptions[i] > 0) {
                ReleasePackage p = packages.get(assumptions[i] - 1);
                result.add(new ResolvedPackage(p.name(), p.version(), p.partition()));
            }
        }
        return Resolution.of(release.version(), result);
    }

    private ISolver borrowSolver() {
        ISolver solver = idle.poll();
        return solver != null ? solver : newSolver();
    }

    private static VecInt vector(int[] literals, int count) {
        return new VecInt(Arrays.copyOf(literals, count));
    }

    private static boolean[] model(ISolver solver, int n) {
        boolean[] installed = new boolean[n + 1];
        for (int literal : solver.model()) {
            if (literal > 0 && literal <= n) {
                installed[literal] = true;
            }
        }
        return installed;
    }

    private List<Rule> choices(Selection selection) throws UnknownCatalogCodes {
        List<String> unknown = new ArrayList<>();
        List<Rule> choices = new ArrayList<>();
        CatalogMap catalog = release.catalog();
        if (selection.model() == null || selection.model().isBlank()) {
            unknown.add("model is missing");
        } else {
            choose("model", selection.model(), catalog.models(), choices, unknown);
        }
        selection.features().forEach(code -> choose("feature", code, catalog.features(), choices, unknown));
        selection.apps().forEach(code -> choose("app", code, catalog.apps(), choices, unknown));
        if (!unknown.isEmpty()) {
            throw new UnknownCatalogCodes(unknown);
        }
        return choices;
    }

    private void choose(String kind, String code, Map<String, String> entries, List<Rule> choices,
            List<String> unknown) {
        Integer variable = variables.get(entries.get(code));
        if (variable == null) {
            unknown.add("unknown " + kind + " '" + code + "'");
        } else {
            choices.add(Rule.choice(kind + " " + code, variable));
        }
    }

    private UnsatisfiableSelection explain(List<Rule> choices) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(choices);
        return Explanation.of(all, packages.size(), release.version());
    }
}
