package com.phonesmith.factory.stock;

import java.util.List;

/** One page of the stock list. */
public record HandsetPage(List<HandsetView> items, int page, int size, long total) {
}
