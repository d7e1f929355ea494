package com.phonesmith.web.catalogadmin;

import com.phonesmith.web.backend.Launch;
import com.phonesmith.web.backend.LaunchChange;
import com.phonesmith.web.backend.LaunchRequest;
import com.phonesmith.web.form.FormProblem;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running launch's edit form read into configurator-api's {@code PATCH /api/launches/{code}}: the end of the window
 * typed as {@code datetime-local} in the display zone, the limit per buyer, and the units of each variant of the
 * launch. Only what differs from the launch as it stands is sent. What web can check is checked first and named
 * beside its field: an end not after the opening or not later than now (ending now is the End now button), a limit
 * outside 1 to 1,000, units that are not a whole number or fewer than those sold. Form fields: {@code closesAt},
 * {@code perCustomer}, {@code units-<row>} (a variant's units) and {@code quotas} (the units as a whole).
 */
final class LaunchEditForm {
    private static final Pattern QUOTA_FIELD = Pattern.compile("quotas\\[(\\d+)](\\..*)?");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private LaunchEditForm() {
    }

    /** What was typed; the repeated {@code variant} (hidden, "moss/256") and {@code units} fields pair by position. */
    record Typed(String closesAt, String perCustomer, List<String> variants, List<String> units) {
        Typed {
            closesAt = strip(closesAt);
            perCustomer = strip(perCustomer);
            variants = variants == null ? List.of() : variants.stream().map(LaunchEditForm::strip).toList();
            units = units == null ? List.of() : units.stream().map(LaunchEditForm::strip).toList();
        }

        /** The form as first shown: the launch as it stands. */
        static Typed of(Launch launch, ZoneId zone) {
            return new Typed(closesAtValue(launch.closesAt(), zone), String.valueOf(launch.perCustomer()),
                    rows(launch).stream().map(Row::key).toList(),
                    launch.quotas().stream().map(q -> String.valueOf(q.units())).toList());
        }

        /** Whether the variants sent are exactly the launch's, in its order. */
        boolean sentFor(List<Row> rows) {
            return variants.equals(rows.stream().map(Row::key).toList()) && units.size() == variants.size();
        }
    }

    /** One variant of the launch, as a row of the form: {@code units-<index>}, with the units it has and has sold. */
    record Row(int index, String colour, int storageGb, int units, int sold) {
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

    /** The change to send (only what differs), and for each of its quotas the row it came from. */
    record Parsed(LaunchChange change, List<Row> rowOfQuota) {
    }

    /** The launch's variants as the form's rows, in its order. */
    static List<Row> rows(Launch launch) {
        List<Row> rows = new ArrayList<>();
        for (Launch.Quota quota : launch.quotas()) {
            rows.add(new Row(rows.size(), quota.colour(), quota.storageGb(), quota.units(), quota.sold()));
        }
        return rows;
    }

    /** The end of the window as a {@code datetime-local} value in the zone (with seconds only when it has some). */
    static String closesAtValue(Instant closesAt, ZoneId zone) {
        if (closesAt == null) {
            return "";
        }
        var local = closesAt.atZone(zone).toLocalDateTime();
        return (local.getSecond() == 0 && local.getNano() == 0 ? MINUTES : SECONDS).format(local);
    }

    /** @throws FormProblem naming each wrong field with the reason */
    static Parsed parse(Typed typed, Launch launch, ZoneId zone, Instant now) {
        FormProblem.Builder problems = new FormProblem.Builder();
        Instant closesAt = LaunchForm.instant(typed.closesAt(), zone, "closing", problems, "closesAt");
        if (closesAt != null && launch.opensAt() != null && !closesAt.isAfter(launch.opensAt())) {
            problems.add("closesAt", "The launch must close after it opens.");
        } else if (closesAt != null && !closesAt.isAfter(now)) {
            problems.add("closesAt", "The closing time must be later than now; to end the launch now, use End now.");
        }
        int perCustomer = LaunchForm.whole(typed.perCustomer(), 1, LaunchForm.MAX_PER_CUSTOMER, problems,
                "perCustomer", "The limit per buyer");
        List<Row> rows = rows(launch);
        List<LaunchRequest.Quota> quotas = new ArrayList<>();
        List<Row> rowOfQuota = new ArrayList<>();
        if (!typed.sentFor(rows)) {
            problems.add("quotas", "The launch's variants have changed since the form was shown: enter the units"
                    + " again.");
        } else {
            for (Row row : rows) {
                String typedUnits = typed.units().get(row.index());
                int units = LaunchForm.whole(typedUnits, 0, LaunchForm.MAX_UNITS, problems, row.field(),
                        "The units of " + row.label());
                if (!typedUnits.isEmpty() && units < row.sold() && units >= 0) {
                    problems.add(row.field(), "The units of " + row.label() + " cannot be fewer than the "
                            + LaunchesPage.number(row.sold()) + " already sold.");
                }
                if (units != row.units()) {
                    quotas.add(new LaunchRequest.Quota(row.colour(), row.storageGb(), units));
                    rowOfQuota.add(row);
                }
            }
        }
        problems.throwIfAny();
        boolean newEnd = launch.closesAt() == null
                || !closesAt.equals(launch.closesAt().truncatedTo(ChronoUnit.SECONDS));
        return new Parsed(new LaunchChange(newEnd ? closesAt.toString() : null,
                perCustomer == launch.perCustomer() ? null : perCustomer, quotas), rowOfQuota);
    }

    /**
     * The form's field for a field configurator-api named: {@code quotas[i]} (and {@code quotas[i].units}) is the row
     * of the i-th quota sent; empty for a field the form does not have.
     */
    static Optional<String> formField(String apiField, List<Row> rowOfQuota) {
        if (apiField == null) {
            return Optional.empty();
        }
        Matcher quota = QUOTA_FIELD.matcher(apiField);
        if (quota.matches()) {
            int index = Integer.parseInt(quota.group(1));
            return Optional.of(index < rowOfQuota.size() ? rowOfQuota.get(index).field() : "quotas");
        }
        return List.of("closesAt", "perCustomer", "quotas").contains(apiField) ? Optional.of(apiField)
                : Optional.empty();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
