package com.phonesmith.factory.flashing;

import com.phonesmith.factory.qa.QaCheck;
import java.util.List;
import java.util.Optional;

/** The outcome of QA: every automated check, passed when all passed; otherwise every difference, in order. */
public record QaVerdict(List<QaCheck> checks) {
    public QaVerdict {
        checks = List.copyOf(checks);
    }

    public List<String> differences() {
        return checks.stream().filter(check -> !check.passed()).map(QaCheck::difference).toList();
    }

    public boolean passed() {
        return checks.stream().allMatch(QaCheck::passed);
    }

    /** The reason for QaFailed, empty when QA passed. */
    public Optional<String> failure() {
        return passed() ? Optional.empty() : Optional.of(String.join("; ", differences()));
    }
}
