package com.phonesmith.web.catalogadmin;

import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.backend.Launch;
import com.phonesmith.web.backend.LaunchPage;
import com.phonesmith.web.format.DisplayTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The admin's launches page: the launches, newest window first, each with its window, limit per buyer and per
 * variant the units, sold and left; and the form that creates one, with what was typed and the reason beside each
 * field that was refused.
 */
public record LaunchesPage(List<LaunchRow> launches, boolean launchesLoaded, String shown, int page, boolean more,
        String notice, FormView form) {

    /** A launch: its model by name, its window in the display zone, whether it is open now, its variants. */
    public record LaunchRow(String code, String model, DisplayTime opensAt, DisplayTime closesAt, int perCustomer,
            String state, List<QuotaRow> quotas, String units, String sold, String left) {
    }

    public record QuotaRow(String variant, String units, String sold, String left) {
    }

    /** A model to choose. */
    public record Choice(String code, String label) {
    }

    /** A variant's units field: {@code units-<row>}, the hidden variant it pairs with, what was typed, why refused. */
    public record UnitRow(String id, String variant, String label, String typed, String error) {
    }

    /**
     * The form: the models, the one chosen and its variants' rows, what was typed, the reason beside each field
     * ({@code errors} by the form's field) and those about no field of the form ({@code formErrors}).
     */
    public record FormView(List<Choice> models, String model, String modelName, String code, String opensAt,
            String closesAt, String perCustomer, List<UnitRow> units, Map<String, String> errors,
            List<String> formErrors, String zone) {
    }

    static LaunchesPage of(Optional<LaunchPage> launches, Catalog catalog, ZoneId zone, Instant now, int page,
            String notice, FormView form) {
        List<LaunchRow> rows = launches.map(p -> p.items().stream().map(l -> row(l, catalog, zone, now)).toList())
                .orElse(List.of());
        String shown = launches.map(p -> p.items().isEmpty() ? "" : "Launches " + number(Math.min(p.total(),
                (long) p.page() * p.size() + 1)) + " to " + number((long) p.page() * p.size() + p.items().size())
                + " of " + number(p.total()) + ", newest window first").orElse("");
        boolean more = launches.map(p -> (long) (p.page() + 1) * p.size() < p.total()).orElse(false);
        return new LaunchesPage(rows, launches.isPresent(), shown, page, more, notice == null ? "" : notice, form);
    }

    /** The form as it is first shown: the model's variants, nothing typed, the display zone named. */
    static FormView emptyForm(Catalog catalog, String model, ZoneId zone) {
        return form(catalog, new LaunchForm.Typed("", model, "", "", "1", List.of(), List.of()), Map.of(), List.of(),
                zone);
    }

    /** The form as typed, with the reasons; the units typed are kept when they were for the chosen model's rows. */
    static FormView form(Catalog catalog, LaunchForm.Typed typed, Map<String, String> errors, List<String> formErrors,
            ZoneId zone) {
        Optional<Catalog.Model> model = catalog.models().stream().filter(m -> m.code().equals(typed.model()))
                .findFirst();
        List<LaunchForm.VariantRow> rows = model.map(LaunchForm::rows).orElse(List.of());
        boolean keep = typed.sentFor(rows);
        List<UnitRow> units = rows.stream().map(r -> new UnitRow(r.field(), r.key(), r.label(),
                keep ? typed.units().get(r.index()) : "", errors.getOrDefault(r.field(), ""))).toList();
        return new FormView(catalog.models().stream().map(m -> new Choice(m.code(), m.name())).toList(),
                typed.model(), model.map(Catalog.Model::name).orElse(""), typed.code(), typed.opensAt(),
                typed.closesAt(), typed.perCustomer(), units, errors, formErrors, zone.getId());
    }

    private static LaunchRow row(Launch launch, Catalog catalog, ZoneId zone, Instant now) {
        String model = catalog.models().stream().filter(m -> m.code().equals(launch.model())).map(Catalog.Model::name)
                .findFirst().orElse(launch.model());
        String state = launch.opensAt() != null && now.isBefore(launch.opensAt()) ? "not open yet"
                : launch.closesAt() != null && now.isBefore(launch.closesAt()) ? "open now" : "closed";
        List<QuotaRow> quotas = launch.quotas().stream().map(q -> new QuotaRow(q.colour() + " " + q.storageGb()
                + " GB", number(q.units()), number(q.sold()), number(q.left()))).toList();
        return new LaunchRow(launch.code(), model, DisplayTime.of(String.valueOf(launch.opensAt()), zone),
                DisplayTime.of(String.valueOf(launch.closesAt()), zone), launch.perCustomer(), state, quotas,
                number(launch.quotas().stream().mapToLong(Launch.Quota::units).sum()),
                number(launch.quotas().stream().mapToLong(Launch.Quota::sold).sum()),
                number(launch.quotas().stream().mapToLong(Launch.Quota::left).sum()));
    }

    static String number(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }
}
