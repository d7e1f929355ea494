package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** configurator-api's answer to {@code GET /api/makers/{maker}/sales}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MakerSales(String maker, String name, String currency, long orders, long valueMinor,
        List<VariantFigures> variants, List<WeekFigures> weeks) {

    public MakerSales {
        variants = variants == null ? List.of() : List.copyOf(variants);
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VariantFigures(String model, String colour, int storageGb, long orders, long valueMinor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WeekFigures(String weekStart, long orders) {
    }
}
