package com.phonesmith.web.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.phonesmith.web.backend.Launch;
import com.phonesmith.web.backend.LaunchChange;
import com.phonesmith.web.backend.LaunchRequest;
import com.phonesmith.web.form.FormProblem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchEditFormTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final List<String> VARIANTS = List.of("moss/256", "snow/512");
    private static final Launch LAUNCH = new Launch("tundra-winter", "nordvik-tundra",
            Instant.parse("2026-12-01T07:00:00Z"), Instant.parse("2026-12-08T19:30:00Z"), null, "OPEN", 2, List.of(
                    new Launch.Quota("moss", 256, 500, 120, 380), new Launch.Quota("snow", 512, 40, 0, 40)));

    private static LaunchEditForm.Typed typed(String closesAt, String perCustomer, String... units) {
        return new LaunchEditForm.Typed(closesAt, perCustomer, VARIANTS, List.of(units));
    }

    private static LaunchEditForm.Parsed parse(LaunchEditForm.Typed typed) {
        return LaunchEditForm.parse(typed, LAUNCH, BERLIN, NOW);
    }

    @Test
    void theFormFirstShowsTheLaunchAsItStandsInTheDisplayZone() {
        LaunchEditForm.Typed shown = LaunchEditForm.Typed.of(LAUNCH, BERLIN);

        assertThat(shown).isEqualTo(typed("2026-12-08T20:30", "2", "500", "40"));
        assertThat(LaunchEditForm.closesAtValue(Instant.parse("2026-12-08T19:30:15Z"), BERLIN))
                .isEqualTo("2026-12-08T20:30:15");
        assertThat(parse(shown).change().empty()).isTrue();
    }

    @Test
    void onlyWhatDiffersFromTheLaunchIsSentWithTheEndInTheDisplayZone() {
        LaunchEditForm.Parsed parsed = parse(typed("2026-12-10T20:30", "2", "120", "40"));

        assertThat(parsed.change()).isEqualTo(new LaunchChange("2026-12-10T19:30:00Z", null,
                List.of(new LaunchRequest.Quota("moss", 256, 120))));
        assertThat(parsed.rowOfQuota()).extracting(LaunchEditForm.Row::field).containsExactly("units-0");

        LaunchEditForm.Parsed limit = parse(typed("2026-12-08T20:30", "5", "500", "1,000"));
        assertThat(limit.change()).isEqualTo(new LaunchChange(null, 5,
                List.of(new LaunchRequest.Quota("snow", 512, 1000))));
        assertThat(limit.rowOfQuota()).extracting(LaunchEditForm.Row::label).containsExactly("snow 512 GB");
    }

    @Test
    void unitsBelowThoseSoldAndAnEndInThePastOrBeforeTheOpeningAreNamedBesideTheirFields() {
        FormProblem problem = catchThrowableOfType(() -> parse(typed("2026-12-02T09:59", "0", "119", "-1")),
                FormProblem.class);

        assertThat(problem.errors()).containsOnlyKeys("closesAt", "perCustomer", "units-0", "units-1");
        assertThat(problem.errors().get("closesAt"))
                .isEqualTo("The closing time must be later than now; to end the launch now, use End now.");
        assertThat(problem.errors().get("units-0"))
                .isEqualTo("The units of moss 256 GB cannot be fewer than the 120 already sold.");
        assertThat(problem.errors().get("units-1"))
                .isEqualTo("The units of snow 512 GB must be a whole number from 0 to 10,000,000, not “-1”.");

        FormProblem beforeOpening = catchThrowableOfType(() -> parse(typed("2026-12-01T08:00", "2", "500", "40")),
                FormProblem.class);
        assertThat(beforeOpening.errors()).containsEntry("closesAt", "The launch must close after it opens.");
        FormProblem empty = catchThrowableOfType(() -> parse(typed("", "2", "", "40")), FormProblem.class);
        assertThat(empty.errors()).containsOnlyKeys("closesAt", "units-0");
    }

    @Test
    void unitsTypedForOtherVariantsThanTheLaunchsAreAskedForAgain() {
        FormProblem problem = catchThrowableOfType(() -> parse(new LaunchEditForm.Typed("2026-12-08T20:30", "2",
                List.of("moss/256"), List.of("500"))), FormProblem.class);

        assertThat(problem.errors()).containsOnlyKeys("quotas");
        assertThat(problem.errors().get("quotas")).startsWith("The launch's variants have changed");
    }

    @Test
    void configuratorApisFieldsAreTheFormsFieldsAndAQuotaIsTheRowItCameFrom() {
        List<LaunchEditForm.Row> sent = List.of(new LaunchEditForm.Row(1, "snow", 512, 40, 0));

        assertThat(LaunchEditForm.formField("quotas[0].units", sent)).contains("units-1");
        assertThat(LaunchEditForm.formField("quotas[3]", sent)).contains("quotas");
        assertThat(LaunchEditForm.formField("closesAt", sent)).contains("closesAt");
        assertThat(LaunchEditForm.formField("perCustomer", sent)).contains("perCustomer");
        assertThat(LaunchEditForm.formField("code", sent)).isEmpty();
        assertThat(LaunchEditForm.formField(null, sent)).isEmpty();
    }
}
