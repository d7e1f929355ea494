package com.phonesmith.configurator.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.phonesmith.configurator.Distinct;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A shopper's order for one configuration: a variant of a model (colour and storage), the OS features and
 * apps chosen, and the default options removed; the rules complete it to what is built, as the configurator
 * page showed it. With a quote's id, it is charged the quoted price, and refused if the quote expired or the price
 * changed since ({@link Quotes}); without one, at the current price. It is paid with the payment method named (the
 * default one if none). Its shape is checked here; whether the catalog
 * offers it, by {@link OrderRules}.
 */
public record OrderRequest(
        @NotBlank String model,
        @NotBlank String colour,
        @NotNull Integer storageGb,
        @Size(max = 200) @Distinct List<@NotBlank String> features,
        @Size(max = 200) @Distinct List<@NotBlank String> apps,
        @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String customerEmail,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = 200) @Distinct List<@NotBlank String> removed,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Pattern(regexp = UUID_FORMAT, message = "must be a quote's id (a UUID)")
        String quoteId,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 50)
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a payment method's code") String paymentMethod)
        implements ChosenConfiguration {
    static final String UUID_FORMAT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    public OrderRequest {
        features = features == null ? List.of() : features;
        apps = apps == null ? List.of() : apps;
        removed = removed == null ? List.of() : removed;
    }

    /** An order of these options, removing none of the defaults. */
    public OrderRequest(String model, String colour, Integer storageGb, List<String> features, List<String> apps,
            String customerEmail) {
        this(model, colour, storageGb, features, apps, customerEmail, List.of());
    }

    /** An order at the current price, without a quote. */
    public OrderRequest(String model, String colour, Integer storageGb, List<String> features, List<String> apps,
            String customerEmail, List<String> removed) {
        this(model, colour, storageGb, features, apps, customerEmail, removed, null, null);
    }
}
