package com.phonesmith.configurator.pricing;

import com.phonesmith.configurator.catalog.Catalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Prices a configuration from the catalog: the variant's price plus each option's, VAT included at one rate. */
public final class Pricing {
    private final Catalog catalog;
    private final int taxPercent;

    public Pricing(Catalog catalog, int taxPercent) {
        if (taxPercent < 0 || taxPercent > 100) {
            throw new IllegalArgumentException("a VAT rate of " + taxPercent + "% is not a rate");
        }
        this.catalog = catalog;
        this.taxPercent = taxPercent;
    }

    /** The breakdown of a variant of a model with these options (features and apps, in the order given). */
    public PriceBreakdown price(Catalog.Model model, Catalog.Variant variant, Collection<String> options) {
        List<PriceBreakdown.Line> lines = new ArrayList<>();
        lines.add(new PriceBreakdown.Line("handset", model.code(), model.name() + ", " + variant.colour() + ", "
                + variant.storageGb() + " GB", variant.priceMinor()));
        long total = variant.priceMinor();
        for (String code : options) {
            boolean feature = catalog.feature(code).isPresent();
            Catalog.Option option = catalog.option(code)
                    .orElseThrow(() -> new IllegalArgumentException("no option " + code + " in the catalog"));
            lines.add(new PriceBreakdown.Line(feature ? "feature" : "app", code, option.name(), option.priceMinor()));
            total = Math.addExact(total, option.priceMinor());
        }
        return new PriceBreakdown(lines, total, taxIn(total), taxPercent, catalog.currency());
    }

    /** The VAT contained in a gross amount, rounded half up to the minor unit. */
    long taxIn(long grossMinor) {
        BigDecimal net = BigDecimal.valueOf(grossMinor).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(100L + taxPercent), 0, RoundingMode.HALF_UP);
        return grossMinor - net.longValueExact();
    }
}
