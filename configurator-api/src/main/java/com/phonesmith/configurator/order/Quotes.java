package com.phonesmith.configurator.order;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.catalog.CatalogConfig;
import com.phonesmith.configurator.catalog.CatalogService;
import com.phonesmith.configurator.pricing.PriceBreakdown;
import com.phonesmith.configurator.pricing.Pricing;
import com.phonesmith.configurator.promise.Promise;
import com.phonesmith.configurator.promise.Promises;
import com.phonesmith.configurator.promise.VariantCode;
import com.phonesmith.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Quotes: the price of a configuration, held for a while ({@code phonesmith.orders.quote-validity}). An order that
 * names its quote is charged exactly the quoted price; if the quote expired, or the catalog's price changed since,
 * the order is refused naming the quote, so that the shopper sees the new price before paying, never a silent one.
 */
@ApplicationScoped
public class Quotes {
    private final CatalogService catalogs;
    private final CatalogConfig catalogConfig;
    private final OrdersConfig config;
    private final Clock clock;
    private final Promises promises;

    public Quotes(CatalogService catalogs, CatalogConfig catalogConfig, OrdersConfig config, Clock clock,
            Promises promises) {
        this.catalogs = catalogs;
        this.promises = promises;
        this.catalogConfig = catalogConfig;
        this.config = config;
        this.clock = clock;
    }

    /**
     * A new quote for the configuration as the rules complete it, with the delivery that can be promised for its
     * variant (asked after the quote's transaction); a 422 problem if the catalog does not offer it.
     */
    public QuoteResponse quote(QuoteRequest request) {
        QuoteResponse quote = QuarkusTransaction.requiringNew().call(() -> give(request));
        Promise promise = promises.of(new VariantCode(quote.model(), quote.colour(), quote.storageGb()));
        if (promise.promisedDeliveryDate() != null) {
            QuarkusTransaction.requiringNew().run(() -> Quote.update("promisedDeliveryDate = ?1 where id = ?2",
                    promise.promisedDeliveryDate(), UUID.fromString(quote.id())));
        }
        return quote.withPromise(promise);
    }

    /**
     * Refuses (409 naming {@code quoteId}) an order whose quote showed a delivery day ({@code shown}, null when it
     * showed none) that the promise now given for it no longer keeps: a later day, or none. A sooner day is kept:
     * the shopper gains by it.
     */
    public static void promiseStillKept(LocalDate shown, Promise promise) {
        if (shown == null) {
            return;
        }
        LocalDate now = promise.promisedDeliveryDate();
        if (now == null || now.isAfter(shown)) {
            throw ProblemException.conflict("quoteId", "the delivery promised changed from " + shown + " to "
                    + (now == null ? "no date we can promise" : now.toString())
                    + " since it was quoted; ask for a new quote to accept it");
        }
    }

    private QuoteResponse give(QuoteRequest request) {
        Catalog catalog = catalogs.current();
        PricedConfiguration configuration = new OrderRules(catalog).check(request);
        Catalog.Model model = catalog.model(configuration.model()).orElseThrow();
        Catalog.Variant variant = model.variant(configuration.colour(), configuration.storageGb()).orElseThrow();
        List<String> options = new ArrayList<>(configuration.features());
        options.addAll(configuration.apps());
        PriceBreakdown price = new Pricing(catalog, catalogConfig.vatPercent()).price(model, variant, options);

        Quote quote = new Quote();
        quote.id = UUID.randomUUID();
        quote.model = configuration.model();
        quote.colour = configuration.colour();
        quote.storageGb = configuration.storageGb();
        quote.features = configuration.features();
        quote.apps = configuration.apps();
        quote.priceMinor = configuration.priceMinor();
        quote.currency = configuration.currency();
        quote.quotedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        quote.validUntil = quote.quotedAt.plus(config.quoteValidity());
        quote.persist();
        return QuoteResponse.of(quote, price);
    }

    /**
     * The quote an order names, if it names one and the quote holds for it: a 422 problem naming {@code quoteId} if
     * there is no such quote, it was given for another configuration or it expired; a 409 problem if the price
     * changed since it was quoted.
     */
    // a refusal refuses the one order: the transaction may go on with the others of its batch
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    public Optional<Quote> honoured(String quoteId, PricedConfiguration configuration, Instant now) {
        if (quoteId == null) {
            return Optional.empty();
        }
        Quote quote = Quote.findById(UUID.fromString(quoteId));
        if (quote == null) {
            throw ProblemException.invalid("quoteId", "is not a quote we gave");
        }
        if (!quote.isFor(configuration)) {
            throw ProblemException.invalid("quoteId", "was given for another configuration; ask for a quote of this one");
        }
        if (now.isAfter(quote.validUntil)) {
            throw ProblemException.invalid("quoteId", "expired at " + quote.validUntil + "; ask for a new quote");
        }
        if (quote.priceMinor != configuration.priceMinor() || !quote.currency.equals(configuration.currency())) {
            throw ProblemException.conflict("quoteId", "the price changed from "
                    + money(quote.priceMinor, quote.currency) + " to "
                    + money(configuration.priceMinor(), configuration.currency())
                    + " since it was quoted; ask for a new quote to accept it");
        }
        return Optional.of(quote);
    }

    static String money(long minor, String currency) {
        return BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits()).toPlainString()
                + " " + currency;
    }
}
