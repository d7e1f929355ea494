package com.phonesmith.configurator.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A cross-tree rule to add: {@code option} REQUIRES or EXCLUDES {@code other}. */
public record RuleRequest(
        @NotBlank @Pattern(regexp = "REQUIRES|EXCLUDES", message = "must be REQUIRES or EXCLUDES") String kind,
        @NotBlank @Size(max = 50) String option,
        @NotBlank @Size(max = 50) String other) {
}
