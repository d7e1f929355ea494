package com.phonesmith.configurator.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last answers given, shared by every thread: many shoppers click through the same states (a model opened, the
 * same popular option chosen), and an answer is immutable, so the same question is answered once. Keyed by the
 * engine (a catalog's feature model and a handset), how many options an answer explains, and the selection with the
 * order of its decisions (which an explanation follows). Bounded: the least recently used answer goes first.
 */
final class Answers {
    /** About 20 KB per answer on the launch catalog, so a few tens of megabytes at most. */
    static final int KEPT = 1_024;

    private static final Map<Key, Propagation> ANSWERS = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Propagation> eldest) {
            return size() > KEPT;
        }
    };

    private Answers() {
    }

    /** The answer given before to this question, or the one computed now (outside the lock, so threads don't wait). */
    static Propagation of(Engine engine, int explainLimit, Selection selection, Supplier<Propagation> compute) {
        Key key = new Key(engine, explainLimit, selection.colour(), selection.storageGb(), ordered(selection));
        synchronized (ANSWERS) {
            Propagation known = ANSWERS.get(key);
            if (known != null) {
                return known;
            }
        }
        Propagation computed = compute.get();
        synchronized (ANSWERS) {
            ANSWERS.put(key, computed);
        }
        return computed;
    }

    static int size() {
        synchronized (ANSWERS) {
            return ANSWERS.size();
        }
    }

    /** Forgets every answer (for tests that compare fresh answers). */
    static void clear() {
        synchronized (ANSWERS) {
            ANSWERS.clear();
        }
    }

    private static List<Map.Entry<String, Boolean>> ordered(Selection selection) {
        List<Map.Entry<String, Boolean>> decisions = new ArrayList<>();
        selection.decisions().forEach((code, value) -> decisions.add(Map.entry(code, value)));
        return decisions;
    }

    private record Key(Engine engine, int explainLimit, String colour, Integer storageGb,
            List<Map.Entry<String, Boolean>> decisions) {
    }
}
