package com.phonesmith.configurator.rules;

import java.util.Arrays;

/**
 * The engine's own reasoning over compiled conditions, for the many small questions of one click: which
 * conditions are in force, what they imply by propagation (the same bounds reasoning Choco's propagators make:
 * an option in or out, the variants still possible, the storage already used), with a trail to undo what was set
 * and a count of the dead ends each option took part in ({@link SolutionSearch} searches over it). Sound by
 * construction: propagation removes a value only when the conditions in force exclude it. Mutable and not
 * thread-safe: one per workspace.
 */
final class Reasoner {
    static final byte OPEN = -1;

    private final CompiledRules rules;
    private final Condition[] ruleById;
    private final byte[] value;
    private long variants;
    private long usedMb;
    private final int[] trail;
    private int trailSize;
    private final int[] enabledAt;
    private int stamp;
    private Condition[] inForce = new Condition[64];
    private int inForceCount;
    private Condition[] choices = new Condition[16];
    private int choiceCount;
    private final int[] queue;
    private int head;
    private int tail;
    private final boolean[] queued;
    // how often each option took part in a dead end lately, to decide it early after a restart
    private final double[] activity;
    private double bump = 1;

    Reasoner(CompiledRules rules) {
        this.rules = rules;
        this.ruleById = rules.rules.toArray(Condition[]::new);
        int n = rules.optionCount;
        this.value = new byte[n];
        this.trail = new int[n];
        this.enabledAt = new int[rules.conditionCount];
        this.queue = new int[ruleById.length + 1];
        this.queued = new boolean[ruleById.length];
        this.activity = new double[n];
    }

    /** Puts these conditions in force (and no other), every option open again; nothing is propagated yet. */
    @SafeVarargs
    final void enable(Iterable<Condition>... sets) {
        stamp++;
        inForceCount = 0;
        choiceCount = 0;
        for (Iterable<Condition> set : sets) {
            for (Condition c : set) {
                if (enabledAt[c.id] != stamp) {
                    enabledAt[c.id] = stamp;
                    if (inForceCount == inForce.length) {
                        inForce = Arrays.copyOf(inForce, inForceCount * 2);
                    }
                    inForce[inForceCount++] = c;
                    if (c.isChoice()) {
                        if (choiceCount == choices.length) {
                            choices = Arrays.copyOf(choices, choiceCount * 2);
                        }
                        choices[choiceCount++] = c;
                    }
                }
            }
        }
        Arrays.fill(value, OPEN);
        trailSize = 0;
        variants = rules.allVariants;
        usedMb = 0;
    }

    /**
     * Whether this solution keeps every condition in force. The decisions and extra conditions are looked at first:
     * they are cheap to check, and a solution found for other questions breaks them far more often than the rules.
     */
    boolean keepsAll(Assignment solution) {
        for (int i = 0; i < choiceCount; i++) {
            if (!choices[i].holds(solution.options(), solution.variant(), rules)) {
                return false;
            }
        }
        for (int i = 0; i < inForceCount; i++) {
            if (!inForce[i].holds(solution.options(), solution.variant(), rules)) {
                return false;
            }
        }
        return true;
    }

    /** Propagates every condition in force from the open state; false if they contradict each other. */
    boolean propagateAll() {
        for (int i = 0; i < inForceCount; i++) {
            if (!run(inForce[i])) {
                clearQueue();
                return false;
            }
        }
        return propagate();
    }

    /** Sets an option and propagates; false if that contradicts the conditions in force (then undo to a mark). */
    boolean assume(int option, int v) {
        if (set(option, v) && propagate()) {
            return true;
        }
        clearQueue();
        return false;
    }

    int valueOf(int option) {
        return value[option];
    }

    private int markedTrail;
    private long markedVariants;
    private long markedUsed;

    /** Remembers the current state (one at a time), to come back to with {@link #undo}. */
    void mark() {
        markedTrail = trailSize;
        markedVariants = variants;
        markedUsed = usedMb;
    }

    /** Back to the state of the last {@link #mark}. */
    void undo() {
        undoTo(markedTrail, markedVariants, markedUsed);
    }

    int trailSize() {
        return trailSize;
    }

    long variants() {
        return variants;
    }

    long usedMb() {
        return usedMb;
    }

    /** How much this option took part in dead ends lately (more recent ones count more). */
    double activity(int option) {
        return activity[option];
    }

    /** The solution the state is, every option decided: options in or out, the variant of lowest index. */
    Assignment solution() {
        boolean[] in = new boolean[value.length];
        for (int i = 0; i < value.length; i++) {
            in[i] = value[i] == 1;
        }
        return new Assignment(in, Long.numberOfTrailingZeros(variants));
    }

    /** Counts a dead end against the options of the condition that failed. */
    private void failed(Condition c) {
        if (c.kind == Condition.Kind.STORAGE) {
            return;
        }
        for (int option : c.scope) {
            activity[option] += bump;
        }
        bump *= 1.05;
        if (bump > 1e100) {
            for (int i = 0; i < activity.length; i++) {
                activity[i] /= 1e100;
            }
            bump /= 1e100;
        }
    }

    /** Back to a state seen before: the options set after that point open again, its variants and storage used. */
    void undoTo(int mark, long savedVariants, long savedUsed) {
        while (trailSize > mark) {
            value[trail[--trailSize]] = OPEN;
        }
        variants = savedVariants;
        usedMb = savedUsed;
    }

    private boolean propagate() {
        while (head != tail) {
            int id = queue[head];
            head = head + 1 == queue.length ? 0 : head + 1;
            queued[id] = false;
            if (!run(ruleById[id])) {
                failed(ruleById[id]);
                clearQueue();
                return false;
            }
        }
        return true;
    }

    private void clearQueue() {
        while (head != tail) {
            queued[queue[head]] = false;
            head = head + 1 == queue.length ? 0 : head + 1;
        }
    }

    private void enqueue(int id) {
        if (enabledAt[id] == stamp && !queued[id]) {
            queued[id] = true;
            queue[tail] = id;
            tail = tail + 1 == queue.length ? 0 : tail + 1;
        }
    }

    private boolean set(int option, int v) {
        byte now = value[option];
        if (now == v) {
            return true;
        }
        if (now != OPEN) {
            return false;
        }
        value[option] = (byte) v;
        trail[trailSize++] = option;
        if (v == 1 && rules.installMb(option) > 0) {
            usedMb += rules.installMb(option);
            if (rules.storage != null) {
                enqueue(rules.storage.id);
            }
        }
        for (int id : rules.watchers[option]) {
            enqueue(id);
        }
        return true;
    }

    private boolean restrict(long mask) {
        long kept = variants & mask;
        if (kept == variants) {
            return true;
        }
        if (kept == 0) {
            return false;
        }
        variants = kept;
        for (int id : rules.variantWatchers) {
            enqueue(id);
        }
        return true;
    }

    private boolean run(Condition c) {
        return switch (c.kind) {
            case IMPLIES -> (value[c.a] != 1 || set(c.b, 1)) && (value[c.b] != 0 || set(c.a, 0));
            case EXCLUDES -> (value[c.a] != 1 || set(c.b, 0)) && (value[c.b] != 1 || set(c.a, 0));
            case EQUALS -> value[c.a] != OPEN ? set(c.b, value[c.a]) : value[c.b] == OPEN || set(c.a, value[c.b]);
            case IS -> set(c.a, c.value);
            case VARIANT_IN -> restrict(c.variants);
            case SUM_EQ, SUM_GE -> sum(c);
            case RAM -> value[c.a] == 1 ? restrict(c.variants)
                    : value[c.a] == 0 || (variants & c.variants) != 0 || set(c.a, 0);
            case STORAGE -> storage();
        };
    }

    /** Bounds of "members = parent" or "members >= parent" (parent an option, or 1). */
    private boolean sum(Condition c) {
        int ones = 0;
        int open = 0;
        for (int m : c.members) {
            if (value[m] == 1) {
                ones++;
            } else if (value[m] == OPEN) {
                open++;
            }
        }
        boolean equal = c.kind == Condition.Kind.SUM_EQ;
        if (c.a >= 0 && value[c.a] == OPEN) {
            if (equal && ones >= 1 && !set(c.a, 1)) {
                return false;
            }
            if (ones + open == 0 && !set(c.a, 0)) {
                return false;
            }
        }
        int low = c.a < 0 || value[c.a] == 1 ? 1 : 0;
        int high = c.a < 0 || value[c.a] != 0 ? 1 : 0;
        if (ones + open < low || (equal && ones > high)) {
            return false;
        }
        if (open == 0) {
            return true;
        }
        if (equal && ones == high) {
            return setOpen(c.members, 0);
        }
        if (ones + open == low) {
            return setOpen(c.members, 1);
        }
        return true;
    }

    private boolean setOpen(int[] members, int v) {
        for (int m : members) {
            if (value[m] == OPEN && !set(m, v)) {
                return false;
            }
        }
        return true;
    }

    /** Bounds of "installed sizes <= free storage of the variant". */
    private boolean storage() {
        long most = rules.mostFreeMb(variants);
        if (usedMb > most) {
            return false;
        }
        if (!restrict(rules.variantsWithFree(variants, usedMb))) {
            return false;
        }
        long slack = most - usedMb;
        for (int option : rules.sizedLargestFirst) {
            if (rules.installMb(option) <= slack) {
                break;
            }
            if (value[option] == OPEN && !set(option, 0)) {
                return false;
            }
        }
        return true;
    }
}
