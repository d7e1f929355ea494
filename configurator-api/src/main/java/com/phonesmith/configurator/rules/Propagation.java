package com.phonesmith.configurator.rules;

import java.util.List;
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

    /** One option: its status, the minimal reasons for it, a sentence saying why, and fixes for an exclusion. */
    public record OptionState(String code, Status status, boolean inCompletion, List<Reason> because, String why,
            List<Fix> fixes) {
        public OptionState {
            because = List.copyOf(because);
            fixes = List.copyOf(fixes);
        }
    }

    /** A colour or a storage size: whether it still fits the other decisions, and why not. */
    public record ValueState(String value, boolean chosen, boolean possible, String why, List<Fix> fixes) {
        public ValueState {
            fixes = List.copyOf(fixes);
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
