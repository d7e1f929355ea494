package com.phonesmith.configurator.rules;

/**
 * One rule of the feature model or one decision, compiled for the engine's questions: which options it binds, how,
 * and the reason it stands for in an explanation (none for the extra condition of a question, e.g. "this option
 * out"). Conditions are made once per compiled model and compared by identity; ids index them in arrays.
 */
final class Condition {
    enum Kind {
        /** option a in means option b in */
        IMPLIES,
        /** options a and b not both in */
        EXCLUDES,
        /** option a as option b */
        EQUALS,
        /** option a is {@link #value} */
        IS,
        /** exactly as many of the members as the parent (option a, or 1 for a = -1) */
        SUM_EQ,
        /** at least as many of the members as the parent (option a, or 1 for a = -1) */
        SUM_GE,
        /** option a in means a variant of {@link #variants} (those with enough RAM) */
        RAM,
        /** the install sizes of the options in fit the free storage of the variant */
        STORAGE,
        /** the variant is one of {@link #variants} */
        VARIANT_IN
    }

    final int id;
    final Kind kind;
    final int a;
    final int b;
    final int value;
    final int[] members;
    final long variants;
    final Reason reason;
    /** The options it names. */
    final int[] scope;

    Condition(int id, Kind kind, int a, int b, int value, int[] members, long variants, Reason reason, int[] scope) {
        this.id = id;
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.value = value;
        this.members = members;
        this.variants = variants;
        this.reason = reason;
        this.scope = scope;
    }

    boolean isDecision() {
        return reason != null && reason.isDecision();
    }

    /** Whether it only sets one option or narrows the variant, as decisions and the conditions of questions do. */
    boolean isChoice() {
        return kind == Kind.IS || kind == Kind.VARIANT_IN;
    }

    /** Whether these values (options in or out, the variant's index) keep this condition. */
    boolean holds(boolean[] in, int variant, CompiledRules rules) {
        return switch (kind) {
            case IMPLIES -> !in[a] || in[b];
            case EXCLUDES -> !(in[a] && in[b]);
            case EQUALS -> in[a] == in[b];
            case IS -> in[a] == (value == 1);
            case SUM_EQ, SUM_GE -> {
                int count = 0;
                for (int m : members) {
                    count += in[m] ? 1 : 0;
                }
                int parent = a < 0 || in[a] ? 1 : 0;
                yield kind == Kind.SUM_EQ ? count == parent : count >= parent;
            }
            case RAM -> !in[a] || (variants & (1L << variant)) != 0;
            case STORAGE -> rules.installedMb(in) <= rules.freeMb(variant);
            case VARIANT_IN -> (variants & (1L << variant)) != 0;
        };
    }

    @Override
    public String toString() {
        return kind + (reason == null ? "" : " " + reason);
    }
}
