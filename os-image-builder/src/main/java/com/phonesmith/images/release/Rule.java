package com.phonesmith.images.release;

/**
 * One clause of a compiled release, with what it means to a person: "app-osmand needs maps-engine",
 * "feature-work-profile conflicts with feature-kids-mode", "base-libc is installed on every phone", or a
 * choice, "feature work-profile". Literals are package variables, negative for "not installed".
 */
record Rule(Kind kind, int[] literals, String text) {

    /** In the order reasons are told: what needs what, what clashes, what every phone has; choices apart. */
    enum Kind {
        DEPENDS, CONFLICT, ESSENTIAL, CHOICE
    }

    static Rule choice(String label, int variable) {
        return new Rule(Kind.CHOICE, new int[] { variable }, label);
    }
}
