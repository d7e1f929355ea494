package com.phonesmith.configurator.order;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Caller;
import com.phonesmith.platform.security.Roles;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Reads orders for a caller, answering only what {@link OrderAccess} lets that caller see. */
@ApplicationScoped
public class OrderQueries {
    private final OrderService orders;

    public OrderQueries(OrderService orders) {
        this.orders = orders;
    }

    /** The order as the caller may see it; 404 when it may not (or there is none), 401 for a bare guest. */
    @Transactional
    public OrderResponse find(UUID id, Caller caller, Optional<String> trackingToken) {
        Optional<CustomerOrder> found = CustomerOrder.findByIdOptional(id);
        OrderAccess.View view = OrderAccess.view(caller, found.map(o -> o.customerId).orElse(null),
                found.map(o -> o.trackingTokenHash).orElse(null), trackingToken);
        return switch (view) {
            case FULL -> found.map(o -> OrderResponse.full(o, orders.trackingTokenOf(o).orElse(null)))
                    .orElseThrow(() -> notFound(id));
            case TRACKING -> OrderResponse.tracking(found.orElseThrow());
            case SIGN_IN -> throw new UnauthorizedException();
            case NONE -> throw notFound(id);
        };
    }

    /**
     * A page of orders, newest first: a shopper's own, or for support every order (or those of one e-mail
     * address).
     */
    @Transactional
    public OrderPage list(Caller caller, Optional<String> email, int page, int size) {
        PanacheQuery<CustomerOrder> query;
        Sort newestFirst = Sort.descending("placedAt").and("id");
        if (caller.has(Roles.SUPPORT)) {
            query = email.isPresent()
                    ? CustomerOrder.find("customerEmail", newestFirst, OrderFingerprint.normaliseEmail(email.get()))
                    : CustomerOrder.findAll(newestFirst);
        } else {
            query = CustomerOrder.find("customerId", newestFirst, caller.subject().orElseThrow());
        }
        var items = query.page(Page.of(page, size)).<CustomerOrder>list().stream()
                .map(o -> OrderResponse.full(o, orders.trackingTokenOf(o).orElse(null))).toList();
        return new OrderPage(items, page, size, query.count());
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("no order " + id);
    }
}
