package com.phonesmith.web.catalogadmin;

import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.backend.LaunchRequest;
import com.phonesmith.web.form.FormProblem;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The create-launch form read into configurator-api's {@code POST /api/launches}: the code, the model, the window
 * typed as {@code datetime-local} in the display zone (a time that the zone skips, when clocks go forward, moves
 * forward by the gap; one it repeats is the earlier), the limit per buyer, and the units of each variant of the
 * model (a variant left empty is left out of the launch). Each wrong field is named with the reason for the page,
 * before configurator-api is asked. Form fields: {@code code}, {@code model}, {@code opensAt}, {@code closesAt},
 * {@code perCustomer}, {@code units-<row>} (a variant's units) and {@code quotas} (the units as a whole).
 */
final class LaunchForm {
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final int MAX_CODE = 50;
    static final int MAX_PER_CUSTOMER = 1000;
    static final int MAX_UNITS = 10_000_000;
    private static final Pattern QUOTA_FIELD = Pattern.compile("quotas\\[(\\d+)](\\..*)?");

    private LaunchForm() {
    }

    /** What was typed; the repeated {@code variant} (hidden, "ink/256") and {@code units} fields pair by position. */
    record Typed(String code, String model, String opensAt, String closesAt, String perCustomer, List<String> variants,
            List<String> units) {
        Typed {
            code = strip(code);
            model = strip(model);
            opensAt = strip(opensAt);
            closesAt = strip(closesAt);
            perCustomer = strip(perCustomer);
            variants = variants == null ? List.of() : variants.stream().map(LaunchForm::strip).toList();
            units = units == null ? List.of() : units.stream().map(LaunchForm::strip).toList();
        }

        /** Whether the variants sent are exactly those of the model's rows, in their order. */
        boolean sentFor(List<VariantRow> rows) {
            return variants.equals(rows.stream().map(VariantRow::key).toList()) && units.size() == variants.size();
        }
    }

    /** One variant of the model, as a row of the form: {@code units-<index>}. */
    record VariantRow(int index, String colour, int storageGb) {
        String key() {
            return colour + "/" + storageGb;
        }

        String label() {
            return colour + " " + storageGb + " GB";
        }

        String field() {
            return "units-" + index;
        }
    }

    /** The request to send, and for each of its quotas the row it came from (configurator-api names quotas[i]). */
    record Parsed(LaunchRequest request, List<VariantRow> rowOfQuota) {
    }

    /** The variants of the model as the form's rows, in the catalog's order (colour, then storage). */
    static List<VariantRow> rows(Catalog.Model model) {
        List<VariantRow> rows = new ArrayList<>();
        for (Catalog.Variant variant : model.variants()) {
            rows.add(new VariantRow(rows.size(), variant.colour(), variant.storageGb()));
        }
        return rows;
    }

    /** @throws FormProblem naming each wrong field with the reason */
    static Parsed parse(Typed typed, Catalog catalog, ZoneId zone) {
        FormProblem.Builder problems = new FormProblem.Builder();
        if (typed.code().isEmpty()) {
            problems.add("code", "Enter a code for the launch, such as lumo-pro-launch.");
        } else if (typed.code().length() > MAX_CODE || !CODE.matcher(typed.code()).matches()) {
            problems.add("code", "The code must be lower-case letters, digits and dashes (at most " + MAX_CODE
                    + "), starting with a letter or digit, such as lumo-pro-launch.");
        }
        Optional<Catalog.Model> model = catalog.models().stream().filter(m -> m.code().equals(typed.model()))
                .findFirst();
        if (model.isEmpty()) {
            problems.add("model", "Choose a model we sell.");
        }
        Instant opensAt = instant(typed.opensAt(), zone, "opening", problems, "opensAt");
        Instant closesAt = instant(typed.closesAt(), zone, "closing", problems, "closesAt");
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            problems.add("closesAt", "The launch must close after it opens.");
        }
        int perCustomer = whole(typed.perCustomer(), 1, MAX_PER_CUSTOMER, problems, "perCustomer",
                "The limit per buyer");
        List<LaunchRequest.Quota> quotas = new ArrayList<>();
        List<VariantRow> rowOfQuota = new ArrayList<>();
        if (model.isPresent()) {
            List<VariantRow> rows = rows(model.get());
            if (!typed.sentFor(rows)) {
                problems.add("quotas", "Enter the units of each variant of the " + model.get().name()
                        + ": the form showed the variants of another model.");
            } else {
                for (VariantRow row : rows) {
                    String units = typed.units().get(row.index());
                    if (units.isEmpty()) {
                        continue;
                    }
                    int count = whole(units, 0, MAX_UNITS, problems, row.field(), "The units of " + row.label());
                    quotas.add(new LaunchRequest.Quota(row.colour(), row.storageGb(), count));
                    rowOfQuota.add(row);
                }
                if (typed.units().stream().allMatch(String::isEmpty)) {
                    problems.add("quotas", "Enter the units of at least one variant: a variant left empty cannot"
                            + " be ordered while the launch runs.");
                }
            }
        }
        problems.throwIfAny();
        return new Parsed(new LaunchRequest(typed.code(), typed.model(), opensAt.toString(), closesAt.toString(),
                perCustomer, quotas), rowOfQuota);
    }

    /**
     * The form's field for a field configurator-api named: {@code quotas[i]} (and {@code quotas[i].units}) is the
     * row of the i-th quota sent; empty for a field the form does not have.
     */
    static Optional<String> formField(String apiField, List<VariantRow> rowOfQuota) {
        if (apiField == null) {
            return Optional.empty();
        }
        Matcher quota = QUOTA_FIELD.matcher(apiField);
        if (quota.matches()) {
            int index = Integer.parseInt(quota.group(1));
            return Optional.of(index < rowOfQuota.size() ? rowOfQuota.get(index).field() : "quotas");
        }
        return List.of("code", "model", "opensAt", "closesAt", "perCustomer", "quotas").contains(apiField)
                ? Optional.of(apiField) : Optional.empty();
    }

    /** A {@code datetime-local} value ("2026-12-10T08:00") in the zone as an instant, or null with the reason. */
    static Instant instant(String typed, ZoneId zone, String which, FormProblem.Builder problems, String field) {
        if (typed.isEmpty()) {
            problems.add(field, "Enter the " + which + " date and time.");
            return null;
        }
        try {
            return LocalDateTime.parse(typed.replace(' ', 'T')).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(field, "The " + which + " time must be a date and time such as 2026-12-10T08:00, not \u201c"
                    + typed + "\u201d.");
            return null;
        }
    }

    static int whole(String typed, int min, int max, FormProblem.Builder problems, String field,
            String subject) {
        String range = "a whole number from " + String.format(java.util.Locale.ENGLISH, "%,d", min) + " to "
                + String.format(java.util.Locale.ENGLISH, "%,d", max);
        if (typed.isEmpty()) {
            problems.add(field, subject + " must be " + range + ".");
            return 0;
        }
        try {
            int value = Integer.parseInt(typed.replace(",", ""));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // the reason below
        }
        problems.add(field, subject + " must be " + range + ", not \u201c" + typed + "\u201d.");
        return 0;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
