package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The activations service's answer to {@code GET /api/activations/summary}: the year against its target. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivationSummary(int year, long target, long activatedThisYear, double shareOfTarget,
        List<MakerTotal> makers, List<ModelTotal> models, List<MakerWeek> weeks) {
    public ActivationSummary {
        makers = makers == null ? List.of() : List.copyOf(makers);
        models = models == null ? List.of() : List.copyOf(models);
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MakerTotal(String maker, long activatedThisYear, long inUse) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ModelTotal(String maker, String model, long activatedThisYear, long inUse) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MakerWeek(String week, String maker, long activated) {
    }
}
