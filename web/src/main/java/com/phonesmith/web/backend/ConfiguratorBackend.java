package com.phonesmith.web.backend;

import com.phonesmith.web.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** configurator-api as web sees it: the catalog, orders and makers' figures. */
@ApplicationScoped
public class ConfiguratorBackend {
    public static final String NAME = "configurator-api";
    private static final Logger LOG = Logger.getLogger(ConfiguratorBackend.class);

    private final ConfiguratorApi api;

    public ConfiguratorBackend(WebConfig config) {
        this.api = RestClients.build(ConfiguratorApi.class, config.configuratorUrl(), config);
    }

    /** @throws BackendUnavailableException when configurator-api cannot answer */
    public Catalog catalog() {
        return BackendCalls.required(NAME, api::catalog);
    }

    /**
     * What the rules say about a partial configuration, or empty when configurator-api refuses it (a model,
     * colour, storage size or option it does not offer: a link that is wrong or out of date).
     */
    public Optional<Configuration> evaluate(ConfigurationRequest request) {
        return refusedAsEmpty(() -> BackendCalls.optional(NAME, () -> api.evaluate(request)), 422);
    }

    /**
     * The delivery promise of a variant, or empty when configurator-api gives none (it is down, or does not sell the
     * variant): a page then says that no date can be promised right now, and still works.
     */
    public Optional<Promise> promise(String model, String colour, int storageGb) {
        try {
            return BackendCalls.optional(NAME, () -> api.promise(model, colour, storageGb));
        } catch (BackendUnavailableException e) {
            LOG.warnf("no delivery promise for %s %s %d GB: %s", model, colour, storageGb, e.getMessage());
            return Optional.empty();
        }
    }

    /** Saves the configuration to share; empty when configurator-api refuses it (the catalog does not offer it). */
    public Optional<SharedConfiguration> save(ConfigurationRequest request) {
        return refusedAsEmpty(() -> BackendCalls.optional(NAME, () -> api.save(request)), 422);
    }

    /** The configuration saved under the code, or empty when there is none or its model is no longer sold. */
    public Optional<SharedConfiguration> shared(String code) {
        return refusedAsEmpty(() -> BackendCalls.optional(NAME, () -> api.shared(code)), 410);
    }

    private static <T> Optional<T> refusedAsEmpty(Supplier<Optional<T>> call, int refusal) {
        try {
            return call.get();
        } catch (BackendUnavailableException e) {
            if (e.getCause() instanceof WebApplicationException refused
                    && refused.getResponse().getStatus() == refusal) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The order, or empty when configurator-api does not know it or the caller may not read it. */
    public Optional<Order> order(Access access, String id) {
        return BackendCalls.optional(NAME, () -> api.order(access.authorization(), access.trackingToken(), id));
    }

    public OrderPage orders(Access access, int page, int size, String email) {
        return BackendCalls.required(NAME, () -> api.orders(access.authorization(), page, size, email));
    }

    /** A maker's figures, or empty when there is no such maker the caller may read. */
    public Optional<MakerSales> sales(Access access, String maker) {
        return BackendCalls.optional(NAME, () -> api.sales(access.authorization(), maker));
    }

    /** Asks for a quote and returns configurator-api's answer (the quote, or the problem with the wrong fields). */
    public Quoted quote(QuoteRequest request) {
        try (Response response = api.quote(request)) {
            return Quoted.of(response);
        } catch (WebApplicationException refused) {
            return Quoted.of(refused.getResponse());
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(NAME, e.getMessage(), e);
        }
    }

    /**
     * Places an order and returns configurator-api's answer as it is (201/200 with the order, or a problem),
     * for the checkout page to show; only an unreachable service is an exception.
     */
    public PlacedOrder place(Access access, String idempotencyKey, OrderRequest request) {
        try (Response response = api.place(access.authorization(), idempotencyKey, request)) {
            return PlacedOrder.of(response);
        } catch (WebApplicationException refused) {
            // the client's default mapper turns a 4xx into an exception; its response still holds the problem
            return PlacedOrder.of(refused.getResponse());
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(NAME, e.getMessage(), e);
        }
    }
}
