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

    /**
     * A launch: its model by name, its window in the display zone, whether it is open now, when it was ended early
     * (empty unless it was), its variants, and its edit form while it runs (null once it closed or was ended).
     */
    public record LaunchRow(String code, String model, DisplayTime opensAt, DisplayTime closesAt, DisplayTime endedAt,
            int perCustomer, String state, List<QuotaRow> quotas, String units, String sold, String left,
            EditView edit) {
    }

    /**
     * A running launch's edit form: the end and the limit as typed (the launch's own at first), a units field per
     * variant with the units sold beside it, the reason beside each refused field ({@code errors} by the form's
     * field) and those about no field ({@code formErrors}); {@code refused} when it is shown again after a refusal.
     */
    public record EditView(String closesAt, String perCustomer, List<EditUnit> units, Map<String, String> errors,
            List<String> formErrors, boolean refused) {
    }

    /**
     * A variant's units field of an edit form: its id, the hidden variant it pairs with, its label, the units sold
     * (shown, and the field's minimum), what is typed, why it was refused.
     */
    public record EditUnit(String id, String variant, String label, String sold, int min, String typed, String error) {
    }

    /** An edit form shown again after a refusal: the launch's code, what was typed and why it was refused. */
    record RefusedEdit(String code, LaunchEditForm.Typed typed, Map<String, String> errors, List<String> formErrors) {
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
        return of(launches, catalog, zone, now, page, notice, form, Optional.empty());
    }

    static LaunchesPage of(Optional<LaunchPage> launches, Catalog catalog, ZoneId zone, Instant now, int page,
            String notice, FormView form, Optional<RefusedEdit> refused) {
        List<LaunchRow> rows = launches.map(p -> p.items().stream().map(l -> row(l, catalog, zone, now,
                refused.filter(r -> r.code().equals(l.code())))).toList()).orElse(List.of());
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

    private static LaunchRow row(Launch launch, Catalog catalog, ZoneId zone, Instant now,
            Optional<RefusedEdit> refused) {
        String model = catalog.models().stream().filter(m -> m.code().equals(launch.model())).map(Catalog.Model::name)
                .findFirst().orElse(launch.model());
        String state = switch (launch.stateAt(now)) {
            case "UPCOMING" -> "not open yet";
            case "OPEN" -> "open now";
            case "ENDED" -> "ended early";
            default -> "closed";
        };
        List<QuotaRow> quotas = launch.quotas().stream().map(q -> new QuotaRow(q.colour() + " " + q.storageGb()
                + " GB", number(q.units()), number(q.sold()), number(q.left()))).toList();
        EditView edit = launch.runningAt(now) ? edit(launch, zone, refused) : null;
        return new LaunchRow(launch.code(), model, DisplayTime.of(String.valueOf(launch.opensAt()), zone),
                DisplayTime.of(String.valueOf(launch.closesAt()), zone),
                launch.endedAt() == null ? new DisplayTime("", "") : DisplayTime.of(launch.endedAt().toString(), zone),
                launch.perCustomer(), state, quotas,
                number(launch.quotas().stream().mapToLong(Launch.Quota::units).sum()),
                number(launch.quotas().stream().mapToLong(Launch.Quota::sold).sum()),
                number(launch.quotas().stream().mapToLong(Launch.Quota::left).sum()), edit);
    }

    /** The launch's edit form: as it stands, or as typed with the reasons when it was just refused. */
    private static EditView edit(Launch launch, ZoneId zone, Optional<RefusedEdit> refused) {
        List<LaunchEditForm.Row> rows = LaunchEditForm.rows(launch);
        LaunchEditForm.Typed typed = refused.map(RefusedEdit::typed)
                .filter(t -> t.sentFor(rows)).orElse(LaunchEditForm.Typed.of(launch, zone));
        Map<String, String> errors = refused.map(RefusedEdit::errors).orElse(Map.of());
        String id = "edit-" + launch.code() + "-";
        List<EditUnit> units = rows.stream().map(r -> new EditUnit(id + r.field(), r.key(), r.label(),
                number(r.sold()), r.sold(), typed.units().get(r.index()), errors.getOrDefault(r.field(), "")))
                .toList();
        return new EditView(refused.isPresent() ? refused.get().typed().closesAt() : typed.closesAt(),
                refused.isPresent() ? refused.get().typed().perCustomer() : typed.perCustomer(), units, errors,
                refused.map(RefusedEdit::formErrors).orElse(List.of()), refused.isPresent());
    }

    static String number(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }
}
