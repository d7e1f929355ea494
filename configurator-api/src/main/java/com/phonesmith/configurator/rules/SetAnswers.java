package com.phonesmith.configurator.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers found before to a question about a set of conditions that depends on nothing else (which rules conflict
 * with a few decisions and an option in or out), shared by every workspace of one engine: the explanations of one
 * click ask many of the questions earlier clicks asked (the same decision against the same rules). A set is keyed by a bit per condition id. Thread-safe; bounded by the memory its keys take, least
 * recently used first out.
 */
final class SetAnswers<V> {
    /** Words of keys kept at most: a few megabytes, however many conditions a model has. */
    static final int WORDS_KEPT = 1 << 19;
    static final int MOST_KEPT = 16_384;

    private final int words;
    private final Map<Key, V> known;

    SetAnswers(int conditionCount) {
        this.words = (conditionCount + 63) >>> 6;
        int kept = Math.max(64, Math.min(MOST_KEPT, WORDS_KEPT / Math.max(1, words)));
        this.known = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
                return size() > kept;
            }
        };
    }

    /** The set these parts make together. */
    @SafeVarargs
    final Key of(Collection<Condition>... parts) {
        long[] bits = new long[words];
        for (Collection<Condition> part : parts) {
            for (Condition c : part) {
                bits[c.id >>> 6] |= 1L << c.id;
            }
        }
        return new Key(bits);
    }

    /** The answer for this set, if known; null if not. */
    V get(Key set) {
        synchronized (known) {
            return known.get(set);
        }
    }

    int size() {
        synchronized (known) {
            return known.size();
        }
    }

    void put(Key set, V answer) {
        synchronized (known) {
            known.put(set, answer);
        }
    }

    static final class Key {
        private final long[] bits;
        private final int hash;

        private Key(long[] bits) {
            this.bits = bits;
            this.hash = hash(bits);
        }

        /** Sets differ in a few bits of few words: each word is mixed, or the keys would share buckets. */
        private static int hash(long[] bits) {
            long h = 0;
            for (long word : bits) {
                h = (h + word) * 0x9E3779B97F4A7C15L;
                h ^= h >>> 29;
            }
            return (int) (h ^ (h >>> 32));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.hash == hash && Arrays.equals(key.bits, bits);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
