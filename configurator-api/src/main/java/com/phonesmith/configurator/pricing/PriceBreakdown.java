package com.phonesmith.configurator.pricing;

import java.util.List;

/**
 * The price of a configuration, a line per item (the handset variant, then each feature and app), and the
 * total; prices include VAT, whose part of the total is taxMinor at taxPercent. Integer minor units of currency.
 */
public record PriceBreakdown(List<Line> lines, long totalMinor, long taxMinor, int taxPercent, String currency) {

    public PriceBreakdown {
        lines = List.copyOf(lines);
    }

    /** One priced item: kind is handset, feature or app. */
    public record Line(String kind, String code, String name, long amountMinor) {
    }
}
