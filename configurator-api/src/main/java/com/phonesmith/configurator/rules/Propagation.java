package com.phonesmith.configurator.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine says about a partial configuration: for each option whether it is chosen, removed, included
 * by the rules, excluded by them, or open; which colours and storage sizes still fit; the configuration that
 * would be built now (the decisions completed with each open option's default); or, when the decisions
 * themselves cannot all hold, the conflict and its smallest fixes.
 */
public record Propagation(List<OptionState> options, List<ValueState> colours, List<ValueState> storages,
        Optional<Completion> completion, Optional<Conflict> conflict) {

    public Propagation {
        options = List.copyOf(options);
        colours = List.copyOf(colours);
        storages = List.copyOf(storages);
    }

    public boolean consistent() {
        return conflict.isEmpty();
    }

    public Optional<OptionState> option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    public enum Status {
        /** the shopper chose it */
        CHOSEN,
        /** the shopper removed it */
        REMOVED,
        /** the rules put it in, by what the reasons say */
        INCLUDED,
        /** the rules keep it out, by what the reasons say; the fixes would let it in */
        EXCLUDED,
        /** free to choose or leave out */
        OPEN,
        /** not known, because the decisions conflict */
        UNKNOWN
    }

    /**
     * One option: its status, the minimal reasons for it, a sentence saying why, and fixes for an exclusion. The
     * engine gives the status at once and works out the reasons, sentence and fixes when they are first read (then
     * keeps them), so that a caller who needs only statuses or the conflict does not wait for explanations. Compared
     * by value, as a record is.
     */
    public static final class OptionState {
        private final String code;
        private final Status status;
        private final boolean inCompletion;
        private final Later<Explained> explained;

        public OptionState(String code, Status status, boolean inCompletion, List<Reason> because, String why,
                List<Fix> fixes) {
            this(code, status, inCompletion, Later.now(new Explained(because, why, fixes)));
        }

        OptionState(String code, Status status, boolean inCompletion, Later<Explained> explained) {
            this.code = code;
            this.status = status;
            this.inCompletion = inCompletion;
            this.explained = explained;
        }

        public String code() {
            return code;
        }

        public Status status() {
            return status;
        }

        public boolean inCompletion() {
            return inCompletion;
        }

        public List<Reason> because() {
            return explained.get().because();
        }

        public String why() {
            return explained.get().why();
        }

        public List<Fix> fixes() {
            return explained.get().fixes();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OptionState that && Objects.equals(code, that.code) && status == that.status
                    && inCompletion == that.inCompletion && explained.get().equals(that.explained.get());
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, status, inCompletion, explained.get());
        }

        @Override
        public String toString() {
            return "OptionState[code=" + code + ", status=" + status + ", inCompletion=" + inCompletion + ", because="
                    + because() + ", why=" + why() + ", fixes=" + fixes() + "]";
        }
    }

    /**
     * A colour or a storage size: whether it still fits the other decisions, and why not (worked out when first read,
     * as for an option). Compared by value, as a record is.
     */
    public static final class ValueState {
        private final String value;
        private final boolean chosen;
        private final boolean possible;
        private final Later<Explained> explained;

        public ValueState(String value, boolean chosen, boolean possible, String why, List<Fix> fixes) {
            this(value, chosen, possible, Later.now(new Explained(List.of(), why, fixes)));
        }

        ValueState(String value, boolean chosen, boolean possible, Later<Explained> explained) {
            this.value = value;
            this.chosen = chosen;
            this.possible = possible;
            this.explained = explained;
        }

        public String value() {
            return value;
        }

        public boolean chosen() {
            return chosen;
        }

        public boolean possible() {
            return possible;
        }

        public String why() {
            return explained.get().why();
        }

        public List<Fix> fixes() {
            return explained.get().fixes();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ValueState that && Objects.equals(value, that.value) && chosen == that.chosen
                    && possible == that.possible && Objects.equals(why(), that.why())
                    && Objects.equals(fixes(), that.fixes());
        }

        @Override
        public int hashCode() {
            return Objects.hash(value, chosen, possible, why(), fixes());
        }

        @Override
        public String toString() {
            return "ValueState[value=" + value + ", chosen=" + chosen + ", possible=" + possible + ", why=" + why()
                    + ", fixes=" + fixes() + "]";
        }
    }

    /** The reasons, the sentence and the fixes of an option or a value. */
    record Explained(List<Reason> because, String why, List<Fix> fixes) {
        Explained {
            because = List.copyOf(because);
            fixes = List.copyOf(fixes);
        }
    }

    /** A value worked out once, when first asked for, by whichever thread asks first; then kept. */
    static final class Later<T> {
        private volatile T value;
        private java.util.function.Supplier<T> work;

        private Later(T value, java.util.function.Supplier<T> work) {
            this.value = value;
            this.work = work;
        }

        static <T> Later<T> now(T value) {
            return new Later<>(value, null);
        }

        static <T> Later<T> of(java.util.function.Supplier<T> work) {
            return new Later<>(null, work);
        }

        T get() {
            T known = value;
            if (known == null) {
                synchronized (this) {
                    known = value;
                    if (known == null) {
                        known = work.get();
                        value = known;
                        work = null;
                    }
                }
            }
            return known;
        }
    }

    /** The configuration as it would be built now. */
    public record Completion(HandsetVariant variant, List<String> options, long installMb, long freeMb) {
        public Completion {
            options = List.copyOf(options);
        }
    }

    /** Decisions that cannot all hold: the minimal conflict, in words, and the smallest changes that end it. */
    public record Conflict(List<Reason> because, String why, List<Fix> fixes) {
        public Conflict {
            because = List.copyOf(because);
            fixes = List.copyOf(fixes);
        }
    }

    /** A change of the selection that makes it consistent: what to tell the shopper, and the selection after it. */
    public record Fix(String label, Selection result) {
    }
}
