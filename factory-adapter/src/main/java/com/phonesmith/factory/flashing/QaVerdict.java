package com.phonesmith.factory.flashing;

import java.util.List;
import java.util.Optional;

/** The outcome of QA: passed, or every difference between what the order asked for and what the handset said. */
public record QaVerdict(List<String> differences) {
    public QaVerdict {
        differences = List.copyOf(differences);
    }

    public boolean passed() {
        return differences.isEmpty();
    }

    /** The reason for QaFailed, empty when QA passed. */
    public Optional<String> failure() {
        return passed() ? Optional.empty() : Optional.of(String.join("; ", differences));
    }
}
