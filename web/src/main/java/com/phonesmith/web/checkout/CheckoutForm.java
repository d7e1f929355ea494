package com.phonesmith.web.checkout;

import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.backend.OrderRequest;
import com.phonesmith.web.catalog.CatalogView;
import com.phonesmith.web.format.Prices;
import com.phonesmith.web.form.FormProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order form: one variant (model, colour, storage), OS features, apps and an e-mail address, with the
 * idempotency key that makes sending it twice place one order. Until the configurator page arrives this is the
 * whole checkout; the rules of the catalog stay configurator-api's.
 */
public record CheckoutForm(List<Choice> variants, List<Choice> features, List<Choice> apps, String email,
        String idempotencyKey, Map<String, String> errors, String problem) {

    /** One option of the form, with its label and price. */
    public record Choice(String value, String label, String price, boolean chosen) {
    }

    private static final Pattern VARIANT = Pattern.compile("([a-z0-9][a-z0-9-]*)\\|([a-z0-9][a-z0-9-]*)\\|(\\d{1,6})");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    public static CheckoutForm of(Catalog catalog, String chosenVariant, Set<String> chosenFeatures,
            Set<String> chosenApps, String email, String key, Map<String, String> errors, String problem) {
        List<Choice> variants = catalog.models().stream().flatMap(model -> model.variants().stream()
                .map(v -> {
                    String value = model.code() + "|" + v.colour() + "|" + v.storageGb();
                    String label = model.name() + " · " + CatalogView.colourName(v.colour()) + " · "
                            + CatalogView.storageLabel(v.storageGb());
                    return new Choice(value, label, Prices.format(v.priceMinor(), catalog.currency()),
                            value.equals(chosenVariant));
                })).toList();
        return new CheckoutForm(variants, options(catalog.features(), chosenFeatures, catalog.currency()),
                options(catalog.apps(), chosenApps, catalog.currency()), email == null ? "" : email, key,
                Map.copyOf(errors), problem == null ? "" : problem);
    }

    /**
     * The order request of a sent form (this one, or the configurator's, which also sends the default options
     * the shopper removed), or a {@link FormProblem} naming the fields it lacks.
     */
    public static OrderRequest request(String variant, List<String> features, List<String> apps,
            List<String> removed, String email, String key, String quoteId, String paymentMethod) {
        FormProblem.Builder problems = new FormProblem.Builder();
        Matcher matcher = VARIANT.matcher(variant == null ? "" : variant);
        if (!matcher.matches()) {
            problems.add("variant", "choose a phone: model, colour and storage");
        }
        if (email == null || email.isBlank()) {
            problems.add("email", "is needed for the order confirmation");
        }
        if (key == null || !KEY.matcher(key).matches()) {
            problems.add("form", "is incomplete: reload the page and order again");
        }
        problems.throwIfAny();
        return new OrderRequest(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)),
                features == null ? List.of() : List.copyOf(features), apps == null ? List.of() : List.copyOf(apps),
                email.trim(), removed == null ? List.of() : List.copyOf(removed),
                quoteId == null || quoteId.isBlank() ? null : quoteId.trim(),
                paymentMethod == null || paymentMethod.isBlank() ? null : paymentMethod.trim());
    }

    /** Maps configurator-api's field names onto the form's. */
    public static String formFieldOf(String apiField) {
        if (apiField == null) {
            return "form";
        }
        if (apiField.startsWith("model") || apiField.startsWith("colour") || apiField.startsWith("storageGb")) {
            return "variant";
        }
        if (apiField.startsWith("features")) {
            return "features";
        }
        if (apiField.startsWith("apps") || apiField.startsWith("removed")) {
            return "apps";
        }
        if (apiField.startsWith("customerEmail")) {
            return "email";
        }
        if (apiField.startsWith("paymentMethod")) {
            return "paymentMethod";
        }
        return "form";
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !problem.isEmpty();
    }

    private static List<Choice> options(List<Catalog.Option> options, Set<String> chosen, String currency) {
        return options.stream().map(o -> new Choice(o.code(), o.name() == null ? o.code() : o.name(),
                o.priceMinor() == 0 ? "Included" : "+" + Prices.format(o.priceMinor(), currency),
                chosen.contains(o.code()))).toList();
    }
}
