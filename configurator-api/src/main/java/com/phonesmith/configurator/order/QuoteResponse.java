package com.phonesmith.configurator.order;

import com.phonesmith.configurator.pricing.PriceBreakdown;
import com.phonesmith.configurator.promise.Promise;
import java.time.Instant;
import java.util.List;

/**
 * A quote: its id (for the order to name), until when it holds, the configuration as built, its price, and the
 * delivery that can be promised for it now (the order asks again when it is placed).
 */
public record QuoteResponse(String id, Instant quotedAt, Instant validUntil, String model, String colour,
        int storageGb, List<String> features, List<String> apps, PriceBreakdown price, Promise promise) {

    static QuoteResponse of(Quote quote, PriceBreakdown price) {
        return new QuoteResponse(quote.id.toString(), quote.quotedAt, quote.validUntil, quote.model, quote.colour,
                quote.storageGb, quote.features, quote.apps, price, null);
    }

    QuoteResponse withPromise(Promise promise) {
        return new QuoteResponse(id, quotedAt, validUntil, model, colour, storageGb, features, apps, price, promise);
    }
}
