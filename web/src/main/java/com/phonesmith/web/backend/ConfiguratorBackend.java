package com.phonesmith.web.backend;

import com.phonesmith.web.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** configurator-api as web sees it: the catalog, orders and makers' figures, and the admin's catalog and launches. */
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
        try (Response response = api.place(access.authorization(), idempotencyKey, access.forwardedFor(), request)) {
            return PlacedOrder.of(response);
        } catch (WebApplicationException refused) {
            // the client's default mapper turns a 4xx into an exception; its response still holds the problem
            return PlacedOrder.of(refused.getResponse());
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(NAME, e.getMessage(), e);
        }
    }

    /** The catalog's rules (admin), or empty when configurator-api cannot give them: the page then says so. */
    public Optional<CatalogRules> rules(Access access) {
        try {
            return Optional.of(BackendCalls.required(NAME, () -> api.rules(access.authorization())));
        } catch (BackendUnavailableException e) {
            LOG.warnf("the catalog's rules could not be read: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /** Sets an option's price (admin); a refusal comes back as its problem. */
    public CommandOutcome<Void> changePrice(Access access, String code, long priceMinor) {
        return change(() -> api.changePrice(access.authorization(), code, new PriceChange(priceMinor)), Void.class,
                "a price change");
    }

    /** Adds a rule (admin); a refusal (an unsound catalog, a rule that exists) comes back as its problem. */
    public CommandOutcome<Void> addRule(Access access, CatalogRule rule) {
        return change(() -> api.addRule(access.authorization(), rule), Void.class, "a new rule");
    }

    /** Removes a rule (admin); a refusal (no such rule, an unsound catalog) comes back as its problem. */
    public CommandOutcome<Void> removeRule(Access access, CatalogRule rule) {
        return change(() -> api.removeRule(access.authorization(), rule.kind(), rule.option(), rule.other()),
                Void.class, "a rule's removal");
    }

    /** One page of the launches (admin, support), or empty when configurator-api cannot give it. */
    public Optional<LaunchPage> launches(Access access, int page, int size) {
        try {
            return Optional.of(BackendCalls.required(NAME, () -> api.launches(access.authorization(), page, size)));
        } catch (BackendUnavailableException e) {
            LOG.warnf("the launches could not be read: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /** Creates a launch (admin): the launch, or the refusal with the fields it names. */
    public CommandOutcome<Launch> createLaunch(Access access, LaunchRequest request) {
        return change(() -> api.createLaunch(access.authorization(), request), Launch.class, "a new launch");
    }

    /** A launch as it stands (public), or empty when there is none; unavailable when configurator-api is. */
    public Optional<Launch> launch(String code) {
        return BackendCalls.optional(NAME, () -> api.launch(code));
    }

    /** Changes a launch (admin): the launch as changed, or the refusal with the fields it names. */
    public CommandOutcome<Launch> changeLaunch(Access access, String code, LaunchChange change) {
        return change(() -> api.changeLaunch(access.authorization(), code, change), Launch.class,
                "a launch's change");
    }

    /** Ends a launch now (admin): the launch, ended, or the refusal. */
    public CommandOutcome<Launch> endLaunch(Access access, String code) {
        return change(() -> api.endLaunch(access.authorization(), code), Launch.class, "a launch's end");
    }

    private static <T> CommandOutcome<T> change(Supplier<Response> call, Class<T> type, String what) {
        return CommandOutcome.send(call, type, what, NAME, CommandOutcome.CATALOG_CHANGE_REFUSALS);
    }
}
