package com.phonesmith.devstack;

import java.util.Map;

/** How PostgreSQL treats a commit: what {@code ./phonesmith run} promises, or what a throw-away test database needs. */
public enum Durability {
    /** A commit answered is on disk: it survives PostgreSQL, or the machine, crashing right after. */
    DURABLE(Map.of("synchronous_commit", "on", "fsync", "on", "full_page_writes", "on")),
    /**
     * For test JVMs only, whose databases are deleted when they exit: commits are acknowledged before they reach
     * the disk and nothing is flushed, which makes tests faster and loses data on a crash.
     */
    RELAXED_FOR_TESTS(Map.of("synchronous_commit", "off", "fsync", "off", "full_page_writes", "off"));

    private final Map<String, String> settings;

    Durability(Map<String, String> settings) {
        this.settings = settings;
    }

    public Map<String, String> settings() {
        return settings;
    }

    /** The settings as one line, for logs and benchmark output. */
    public String describe() {
        return "synchronous_commit=" + settings.get("synchronous_commit") + " fsync=" + settings.get("fsync")
                + " full_page_writes=" + settings.get("full_page_writes");
    }
}
