package com.phonesmith.configurator.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderFingerprintTest {

    private static OrderRequest request(List<String> features, List<String> apps, String email) {
        return new OrderRequest("lumo-one", "ink", 128, features, apps, email);
    }

    @Test
    void theFingerprintIsTheHexSha256OfTheRequest() {
        assertThat(OrderFingerprint.of(request(List.of(), List.of(), "a@example.org"), Optional.empty())).matches("[0-9a-f]{64}");
    }

    @Test
    void theSameConfigurationListedInAnotherOrderHasTheSameFingerprint() {
        assertThat(OrderFingerprint.of(request(List.of("microg", "work-profile"), List.of("signal", "firefox"),
                "a@example.org"), Optional.empty()))
                .isEqualTo(OrderFingerprint.of(request(List.of("work-profile", "microg"), List.of("firefox", "signal"),
                        "a@example.org"), Optional.empty()));
    }

    @Test
    void anEmailWhoseDomainDiffersOnlyInCaseHasTheSameFingerprint() {
        assertThat(OrderFingerprint.of(request(List.of(), List.of(), "Ada@Example.ORG"), Optional.empty()))
                .isEqualTo(OrderFingerprint.of(request(List.of(), List.of(), "Ada@example.org"), Optional.empty()));
    }

    @Test
    void missingListsCountAsEmptyLists() {
        assertThat(OrderFingerprint.of(request(null, null, "a@example.org"), Optional.empty()))
                .isEqualTo(OrderFingerprint.of(request(List.of(), List.of(), "a@example.org"), Optional.empty()));
    }

    @Test
    void anyOtherDifferenceChangesTheFingerprint() {
        String base = OrderFingerprint.of(request(List.of("microg"), List.of(), "a@example.org"), Optional.empty());

        assertThat(OrderFingerprint.of(new OrderRequest("lumo-one", "coral", 128, List.of("microg"), List.of(),
                "a@example.org"), Optional.empty())).isNotEqualTo(base);
        assertThat(OrderFingerprint.of(new OrderRequest("lumo-one", "ink", 64, List.of("microg"), List.of(),
                "a@example.org"), Optional.empty())).isNotEqualTo(base);
        assertThat(OrderFingerprint.of(request(List.of(), List.of("microg"), "a@example.org"), Optional.empty())).isNotEqualTo(base);
        assertThat(OrderFingerprint.of(request(List.of("microg"), List.of(), "A@example.org"), Optional.empty())).isNotEqualTo(base);
    }

    @Test
    void theSameRequestFromAnotherBuyerHasAnotherFingerprint() {
        OrderRequest same = request(List.of("microg"), List.of(), "a@example.org");

        assertThat(OrderFingerprint.of(same, Optional.of("account-a")))
                .isNotEqualTo(OrderFingerprint.of(same, Optional.of("account-b")))
                .isNotEqualTo(OrderFingerprint.of(same, Optional.empty()));
    }

    @Test
    void onlyTheDomainOfAnEmailIsLowerCased() {
        assertThat(OrderFingerprint.normaliseEmail("Ada.Lovelace@Example.ORG")).isEqualTo("Ada.Lovelace@example.org");
    }
}
