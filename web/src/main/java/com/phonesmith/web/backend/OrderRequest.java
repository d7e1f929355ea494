package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of {@code POST /api/orders} at configurator-api: the options chosen, the defaults removed, and the quote
 * whose price the shopper accepted (none yet while the checkout asks for one), and the payment method.
 */
public record OrderRequest(String model, String colour, int storageGb, List<String> features, List<String> apps,
        String customerEmail, List<String> removed, @JsonInclude(JsonInclude.Include.NON_NULL) String quoteId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String paymentMethod) {

    public OrderRequest withQuote(String id) {
        return new OrderRequest(model, colour, storageGb, features, apps, customerEmail, removed, id, paymentMethod);
    }
}
