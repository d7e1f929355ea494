package com.phonesmith.images.release;

import java.util.List;

/**
 * A selection whose packages cannot be installed together. The message names the choices involved and the
 * smallest set of package rules that clash, e.g. "feature work-profile and feature kids-mode cannot be
 * installed together: feature-work-profile conflicts with feature-kids-mode".
 */
public final class UnsatisfiableSelection extends UnresolvableSelection {
    private static final long serialVersionUID = 1L;
    private final transient List<String> choices;
    private final transient List<String> reasons;

    public UnsatisfiableSelection(List<String> choices, List<String> reasons, String release) {
        super(sentence(choices, reasons, release));
        this.choices = List.copyOf(choices);
        this.reasons = List.copyOf(reasons);
    }

    /** The choices involved, e.g. "feature work-profile". */
    public List<String> choices() {
        return choices;
    }

    /** The package rules that clash, e.g. "feature-work-profile conflicts with feature-kids-mode". */
    public List<String> reasons() {
        return reasons;
    }

    private static String sentence(List<String> choices, List<String> reasons, String release) {
        String subject;
        if (choices.isEmpty()) {
            subject = "release " + release + " cannot be installed on any phone";
        } else if (choices.size() == 1) {
            subject = choices.get(0) + " cannot be installed";
        } else {
            subject = String.join(", ", choices.subList(0, choices.size() - 1)) + " and "
                    + choices.get(choices.size() - 1) + " cannot be installed together";
        }
        return reasons.isEmpty() ? subject : subject + ": " + String.join("; ", reasons);
    }
}
