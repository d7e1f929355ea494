package com.phonesmith.configurator.sales;

import com.phonesmith.configurator.order.OrderFigures;
import java.util.List;

/** A maker's sales figures: orders of its phones by variant and by week. Never any buyer's data. */
public record MakerSales(String maker, String name, String currency, long orders, long valueMinor,
        List<OrderFigures.VariantFigures> variants, List<OrderFigures.WeekFigures> weeks) {
}
