package com.phonesmith.images.release;

import java.util.List;

/** A release that cannot be imported, with every problem found in it. */
public final class InvalidRelease extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public InvalidRelease(List<String> problems) {
        super("the release cannot be imported: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
