package com.phonesmith.configurator.rules;

/**
 * One part of a minimal conflict the engine found: either a decision of the shopper (which the shopper can
 * change) or a rule of the feature model (which explains why).
 */
public sealed interface Reason {

    /** Whether the shopper made this (and can undo it), rather than the catalog. */
    default boolean isDecision() {
        return this instanceof Chose || this instanceof Removed || this instanceof ChoseColour
                || this instanceof ChoseStorage;
    }

    record Chose(String option) implements Reason {
    }

    record Removed(String option) implements Reason {
    }

    record ChoseColour(String colour) implements Reason {
    }

    record ChoseStorage(int storageGb) implements Reason {
    }

    record Needs(String option, String other) implements Reason {
    }

    record Excludes(String option, String other) implements Reason {
    }

    record InGroup(FeatureModel.Group group) implements Reason {
    }

    record NeedsRam(String option, int ramGb) implements Reason {
    }

    /** The chosen options' install sizes must fit the storage left beside the system. */
    record FitsStorage() implements Reason {
    }
}
