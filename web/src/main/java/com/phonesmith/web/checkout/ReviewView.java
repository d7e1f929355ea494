package com.phonesmith.web.checkout;

import com.phonesmith.web.backend.Configuration;
import com.phonesmith.web.backend.OrderRequest;
import com.phonesmith.web.backend.Quote;
import com.phonesmith.web.format.DisplayTime;
import com.phonesmith.web.format.Prices;
import com.phonesmith.web.promise.PromiseView;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The last step before ordering: the quote's price line by line, until when it holds, the delivery that can be
 * promised (or the warning that none can), the e-mail, and the order's fields (the configuration, the quote accepted,
 * the idempotency key); a notice when the price differs from what the shopper saw before, and the errors of a refused
 * attempt.
 */
public record ReviewView(List<Line> lines, String total, String tax, DisplayTime validUntil, PromiseView delivery,
        String quoteId, String idempotencyKey, String email, String variant, List<String> features, List<String> apps,
        List<String> removed, String paymentMethod, List<PaymentChoice> paymentMethods, String notice,
        Map<String, String> errors) {

    /** The built-in test provider's payment methods, each with what it does. */
    static final List<PaymentChoice> TEST_METHODS = List.of(
            new PaymentChoice("test-card", "Test card (is authorised)"),
            new PaymentChoice("test-card-declined", "Test card that is declined"),
            new PaymentChoice("test-card-timeout", "Test card whose first answer is lost"),
            new PaymentChoice("test-card-unavailable", "Test card whose provider cannot be reached"));

    public record PaymentChoice(String value, String label) {
    }

    public record Line(String name, String amount) {
    }

    static ReviewView of(Quote quote, OrderRequest request, String idempotencyKey, String notice,
            Map<String, String> errors, ZoneId zone) {
        Configuration.Price price = quote.price();
        List<Line> lines = price.lines().stream()
                .map(l -> new Line(l.name(), Prices.format(l.amountMinor(), price.currency()))).toList();
        return new ReviewView(lines, Prices.format(price.totalMinor(), price.currency()),
                "includes " + price.taxPercent() + "% VAT: " + Prices.format(price.taxMinor(), price.currency()),
                DisplayTime.of(quote.validUntil(), zone), PromiseView.of(quote.promise()), quote.id(), idempotencyKey,
                request.customerEmail(),
                request.model() + "|" + request.colour() + "|" + request.storageGb(), request.features(),
                request.apps(), request.removed(),
                request.paymentMethod() == null ? TEST_METHODS.get(0).value() : request.paymentMethod(), TEST_METHODS,
                notice, Map.copyOf(errors));
    }

    /** What to tell the shopper when the quoted total is not the total the configurator showed; null if it is. */
    static String priceNotice(Long shownTotalMinor, Quote quote) {
        Configuration.Price price = quote.price();
        if (shownTotalMinor == null || shownTotalMinor == price.totalMinor()) {
            return null;
        }
        return "The price changed since you chose this phone: it was " + Prices.format(shownTotalMinor,
                price.currency()) + ", it is now " + Prices.format(price.totalMinor(), price.currency()) + ".";
    }
}
