package com.phonesmith.configurator.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One feature model and one handset's variants, compiled once and shared by every thread, with the workspaces that
 * answer questions about them: a thread borrows one, uses it alone and gives it back (Choco models are not
 * thread-safe), so a workspace's Choco model and its last solutions serve click after click. The engines of the
 * feature models last asked about are kept (a catalog's model is the same object until the catalog changes); older
 * ones are dropped, and so is a workspace that a question left in an unknown state.
 */
final class Engine implements Workspaces {
    /** Engines kept, most recently used first out last; a catalog has a few handset models. */
    static final int ENGINES_KEPT = 32;
    /** Idle workspaces kept per engine: more threads than that at once make workspaces that are then dropped. */
    static final int IDLE_WORKSPACES_KEPT = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private static final Map<Key, Engine> ENGINES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Engine> eldest) {
            return size() > ENGINES_KEPT;
        }
    };

    final CompiledRules rules;
    final Explainer explainer;
    private final ChocoFacts facts = new ChocoFacts();
    private final SetAnswers<List<Condition>> conflictingRules;
    private final ConcurrentLinkedQueue<Workspace> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    private Engine(CompiledRules rules) {
        this.rules = rules;
        this.explainer = new Explainer(rules.features);
        this.conflictingRules = new SetAnswers<>(rules.conditionCount);
    }

    /** The engine of this feature model (this very object) on these variants, compiled on first use. */
    static Engine of(FeatureModel features, List<HandsetVariant> variants) {
        Key key = new Key(features, variants);
        synchronized (ENGINES) {
            Engine engine = ENGINES.get(key);
            if (engine != null) {
                return engine;
            }
        }
        Engine compiled = new Engine(new CompiledRules(features, variants));
        synchronized (ENGINES) {
            return ENGINES.computeIfAbsent(key, k -> compiled);
        }
    }

    /** Runs work on a workspace of this engine that no other thread uses meanwhile. */
    @Override
    public <T> T withWorkspace(Function<Workspace, T> work) {
        Workspace workspace = idle.poll();
        if (workspace == null) {
            workspace = new Workspace(rules, facts, conflictingRules, Workspace.DEAD_ENDS);
        } else {
            idleCount.decrementAndGet();
        }
        T result = work.apply(workspace); // on an exception the workspace is not given back
        if (idleCount.incrementAndGet() <= IDLE_WORKSPACES_KEPT) {
            idle.add(workspace);
        } else {
            idleCount.decrementAndGet();
        }
        return result;
    }

    /** A feature model by identity, with its handset's variants by value. */
    private record Key(FeatureModel features, List<HandsetVariant> variants) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.features == features && key.variants.equals(variants);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(features), variants);
        }
    }
}
