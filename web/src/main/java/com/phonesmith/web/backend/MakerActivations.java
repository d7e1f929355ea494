package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The activations service's answer to {@code GET /api/makers/{maker}/activations}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MakerActivations(String maker, List<ModelInUse> models, List<Week> weeks) {
    public MakerActivations {
        models = models == null ? List.of() : List.copyOf(models);
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
    }

    /** A model's devices ever activated, and those in use now. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ModelInUse(String model, long activated, long inUse) {
    }

    /** Activations of a model in an ISO week ("2026-W49"). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Week(String week, String model, long activated) {
    }
}
