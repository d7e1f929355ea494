package com.phonesmith.web.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.backend.LaunchRequest;
import com.phonesmith.web.form.FormProblem;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchFormTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Catalog CATALOG = new Catalog("EUR", List.of(new Catalog.Maker("lumo", "Lumo Mobile")),
            List.of(new Catalog.Model("lumo-pro", "lumo", "Lumo Pro", List.of(
                    new Catalog.Variant("ink", 128, 129900), new Catalog.Variant("ink", 256, 139900),
                    new Catalog.Variant("sand", 256, 139900)))), List.of(), List.of());
    private static final List<String> VARIANTS = List.of("ink/128", "ink/256", "sand/256");

    private static LaunchForm.Typed typed(String opensAt, String closesAt, String... units) {
        return new LaunchForm.Typed("lumo-pro-launch", "lumo-pro", opensAt, closesAt, "2", VARIANTS, List.of(units));
    }

    @Test
    void theWindowIsTypedInTheDisplayZoneAndOnlyVariantsGivenUnitsAreSent() {
        LaunchForm.Parsed parsed = LaunchForm.parse(typed("2026-12-10T08:00", "2027-07-01T08:00", "", "30000", "0"),
                CATALOG, BERLIN);

        assertThat(parsed.request()).isEqualTo(new LaunchRequest("lumo-pro-launch", "lumo-pro",
                "2026-12-10T07:00:00Z", "2027-07-01T06:00:00Z", 2, List.of(
                        new LaunchRequest.Quota("ink", 256, 30000), new LaunchRequest.Quota("sand", 256, 0))));
        assertThat(parsed.rowOfQuota()).extracting(LaunchForm.VariantRow::field).containsExactly("units-1", "units-2");
    }

    @Test
    void aTimeTheClocksSkipMovesForwardAndARepeatedOneIsTheEarlier() {
        // 2027-03-28 02:30 does not exist in Berlin (clocks go from 02:00 to 03:00); 2027-10-31 02:30 exists twice
        LaunchForm.Parsed parsed = LaunchForm.parse(typed("2027-03-28T02:30", "2027-10-31T02:30", "1", "", ""),
                CATALOG, BERLIN);

        assertThat(parsed.request().opensAt()).isEqualTo("2027-03-28T01:30:00Z");
        assertThat(parsed.request().closesAt()).isEqualTo("2027-10-31T00:30:00Z");
    }

    @Test
    void eachWrongFieldIsNamedWithItsReason() {
        FormProblem problem = catchThrowableOfType(() -> LaunchForm.parse(new LaunchForm.Typed("-x", "lumo-max",
                "2027-01-10 08:00", "yesterday", "1001", List.of(), List.of()), CATALOG, BERLIN), FormProblem.class);

        assertThat(problem.errors()).containsOnlyKeys("code", "model", "closesAt", "perCustomer");
        assertThat(problem.errors().get("model")).isEqualTo("Choose a model we sell.");
        assertThat(problem.errors().get("perCustomer"))
                .isEqualTo("The limit per buyer must be a whole number from 1 to 1,000, not “1001”.");

        FormProblem units = catchThrowableOfType(() -> LaunchForm.parse(typed("2027-01-10T08:00", "2027-01-10T08:00",
                "", "10000001", ""), CATALOG, BERLIN), FormProblem.class);
        assertThat(units.errors()).containsOnlyKeys("closesAt", "units-1");
        FormProblem none = catchThrowableOfType(() -> LaunchForm.parse(typed("2027-01-10T08:00", "2027-01-11T08:00",
                "", " ", ""), CATALOG, BERLIN), FormProblem.class);
        assertThat(none.errors()).containsOnlyKeys("quotas");
        FormProblem other = catchThrowableOfType(() -> LaunchForm.parse(new LaunchForm.Typed("x", "lumo-pro",
                "2027-01-10T08:00", "2027-01-11T08:00", "1", List.of("ink/128"), List.of("5")), CATALOG, BERLIN),
                FormProblem.class);
        assertThat(other.errors().get("quotas")).startsWith("Enter the units of each variant of the Lumo Pro");
    }

    @Test
    void configuratorApisFieldsAreTheFormsFieldsAndAQuotaIsTheRowItCameFrom() {
        List<LaunchForm.VariantRow> sent = List.of(new LaunchForm.VariantRow(1, "ink", 256),
                new LaunchForm.VariantRow(2, "sand", 256));

        assertThat(LaunchForm.formField("quotas[1]", sent)).contains("units-2");
        assertThat(LaunchForm.formField("quotas[0].units", sent)).contains("units-1");
        assertThat(LaunchForm.formField("quotas[7]", sent)).contains("quotas");
        assertThat(LaunchForm.formField("opensAt", sent)).contains("opensAt");
        assertThat(LaunchForm.formField("body", sent)).isEqualTo(Optional.empty());
        assertThat(LaunchForm.formField(null, sent)).isEmpty();
    }

    @Test
    void configuratorApisReasonsReadAsSentences() {
        assertThat(Refusals.sentence("The code", "is already a launch")).isEqualTo("The code is already a launch.");
        assertThat(Refusals.sentence("The opening time", "the window overlaps the launch x of the same model"))
                .isEqualTo("The window overlaps the launch x of the same model.");
        assertThat(Refusals.sentence("The rule", "Kids mode can never be chosen: Work profile is required."))
                .isEqualTo("Kids mode can never be chosen: Work profile is required.");
        assertThat(Refusals.sentence("The rule", " ")).isEmpty();
        assertThat(Refusals.asSentence("no rule a REQUIRES b")).isEqualTo("No rule a REQUIRES b.");
    }
}
