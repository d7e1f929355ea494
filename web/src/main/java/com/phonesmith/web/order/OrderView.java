package com.phonesmith.web.order;

import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.backend.Order;
import com.phonesmith.web.catalog.CatalogView;
import com.phonesmith.web.format.DisplayTime;
import com.phonesmith.web.format.Prices;
import com.phonesmith.web.promise.PromiseView;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the order page shows: the configuration with names from the catalog (codes when the catalog no
 * longer lists them), the price, the delivery promised when it was placed, the progress, the e-mail as
 * configurator-api gave it (masked for somebody who follows the order with its tracking link) and that link, when
 * the viewer may share it; the way to cancel it, when the viewer may ({@link CancelForm}); support's "Add a note"
 * ({@link NoteForm}).
 */
public record OrderView(String id, String maker, String model, String colour, String storage,
        List<String> features, List<String> apps, String price, DisplayTime placedAt, PromiseView delivery,
        ProgressView progress, String customerEmail, String trackingPath, CancelForm cancel, NoteForm note) {

    public static OrderView of(Order order, Catalog catalog, ProgressView progress, ZoneId zone) {
        return of(order, catalog, progress, zone, null);
    }

    /** As above, for a viewer who holds the tracking token (a guest): the order's answer does not repeat it. */
    public static OrderView of(Order order, Catalog catalog, ProgressView progress, ZoneId zone,
            String presentedToken) {
        String token = order.trackingToken() != null ? order.trackingToken() : presentedToken;
        Map<String, String> makers = names(catalog.makers(), Catalog.Maker::code, Catalog.Maker::name);
        Map<String, String> models = names(catalog.models(), Catalog.Model::code, Catalog.Model::name);
        Map<String, String> features = names(catalog.features(), Catalog.Option::code, Catalog.Option::name);
        Map<String, String> apps = names(catalog.apps(), Catalog.Option::code, Catalog.Option::name);
        return new OrderView(order.id(),
                nameOf(order.maker(), makers),
                nameOf(order.model(), models),
                CatalogView.colourName(order.colour()),
                CatalogView.storageLabel(order.storageGb()),
                order.features().stream().map(code -> nameOf(code, features)).toList(),
                order.apps().stream().map(code -> nameOf(code, apps)).toList(),
                Prices.format(order.priceMinor(), order.currency()),
                DisplayTime.of(order.placedAt(), zone),
                PromiseView.ofOrder(order.promisedShipDate(), order.promisedDeliveryDate()),
                progress,
                order.customerEmail() == null ? "" : order.customerEmail(),
                token == null ? "" : OrderLinks.tracking(order.id(), token),
                CancelForm.of(order.id(), false, "", presentedToken),
                NoteForm.of(order.id(), ""));
    }

    /** The same page with another cancel part. */
    public OrderView withCancel(CancelForm form) {
        return new OrderView(id, maker, model, colour, storage, features, apps, price, placedAt, delivery, progress,
                customerEmail, trackingPath, form, note);
    }

    /** The same page with another live part. */
    public OrderView withProgress(ProgressView part) {
        return new OrderView(id, maker, model, colour, storage, features, apps, price, placedAt, delivery, part,
                customerEmail, trackingPath, cancel, note);
    }

    /** The same page with another "Add a note" part. */
    public OrderView withNote(NoteForm form) {
        return new OrderView(id, maker, model, colour, storage, features, apps, price, placedAt, delivery, progress,
                customerEmail, trackingPath, cancel, form);
    }

    private static <T> Map<String, String> names(List<T> items, Function<T, String> code, Function<T, String> name) {
        return items.stream().filter(i -> code.apply(i) != null && name.apply(i) != null)
                .collect(Collectors.toMap(code, name, (first, second) -> first));
    }

    private static String nameOf(String code, Map<String, String> names) {
        if (code == null) {
            return "";
        }
        return names.getOrDefault(code, code);
    }
}
