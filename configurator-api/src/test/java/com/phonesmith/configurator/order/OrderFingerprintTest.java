package com.phonesmith.configurator.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderFingerprintTest {

    private static OrderRequest request(List<String> features, List<String> apps, String email) {
        return new OrderRequest("lumo-one", "ink", 128, features, apps, email);
    }

    @Test
    void theFingerprintIsTheHexSha256OfTheRequest() {
        assertThat(OrderFingerprint.of(request(List.of(), List.of(), "a@example.org"))).matches("[0-9a-f]{64}");
    }

    @Test
    void theSameConfigurationListedInAnotherOrderHasTheSameFingerprint() {
        assertThat(OrderFingerprint.of(request(List.of("microg", "work-profile"), List.of("signal", "firefox"),
                "a@example.org")))
                .isEqualTo(OrderFingerprint.of(request(List.of("work-profile", "microg"), List.of("firefox", "signal"),
                        "a@example.org")));
    }

    @Test
    void anEmailWhoseDomainDiffersOnlyInCaseHasTheSameFingerprint() {
        assertThat(OrderFingerprint.of(request(List.of(), List.of(), "Ada@Example.ORG")))
                .isEqualTo(OrderFingerprint.of(request(List.of(), List.of(), "Ada@example.org")));
    }

    @Test
    void missingListsCountAsEmptyLists() {
        assertThat(OrderFingerprint.of(request(null, null, "a@example.org")))
                .isEqualTo(OrderFingerprint.of(request(List.of(), List.of(), "a@example.org")));
    }

    @Test
    void anyOtherDifferenceChangesTheFingerprint() {
        String base = OrderFingerprint.of(request(List.of("microg"), List.of(), "a@example.org"));

        assertThat(OrderFingerprint.of(new OrderRequest("lumo-one", "coral", 128, List.of("microg"), List.of(),
                "a@example.org"))).isNotEqualTo(base);
        assertThat(OrderFingerprint.of(new OrderRequest("lumo-one", "ink", 64, List.of("microg"), List.of(),
                "a@example.org"))).isNotEqualTo(base);
        assertThat(OrderFingerprint.of(request(List.of(), List.of("microg"), "a@example.org"))).isNotEqualTo(base);
        assertThat(OrderFingerprint.of(request(List.of("microg"), List.of(), "A@example.org"))).isNotEqualTo(base);
    }

    @Test
    void onlyTheDomainOfAnEmailIsLowerCased() {
        assertThat(OrderFingerprint.normaliseEmail("Ada.Lovelace@Example.ORG")).isEqualTo("Ada.Lovelace@example.org");
    }
}
