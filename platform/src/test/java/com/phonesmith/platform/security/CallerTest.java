package com.phonesmith.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerTest {
    @Test
    void aGuestHasNoSubjectAndNoRole() {
        Caller guest = Caller.guest("203.0.113.9");

        assertThat(guest.isGuest()).isTrue();
        assertThat(guest.hasAny(Roles.ALL.toArray(String[]::new))).isFalse();
        assertThat(guest.isAccount("anyone")).isFalse();
        assertThat(guest.clientAddress()).isEqualTo("203.0.113.9");
    }

    @Test
    void aPartnerBelongsToItsOwnMakerOnly() {
        Caller partner = Caller.partner("p-1", "nordvik", "203.0.113.9");

        assertThat(partner.isPartnerOf("nordvik")).isTrue();
        assertThat(partner.isPartnerOf("lumo")).isFalse();
        assertThat(partner.isPartnerOf(null)).isFalse();
        assertThat(Caller.of("s-1", Roles.SUPPORT, "x").isPartnerOf("nordvik")).isFalse();
    }

    @Test
    void anAccountIsRecognisedByItsSubject() {
        Caller shopper = Caller.of("ada", Roles.SHOPPER, "x");

        assertThat(shopper.isAccount("ada")).isTrue();
        assertThat(shopper.isAccount("bob")).isFalse();
        assertThat(shopper.isAccount(null)).isFalse();
    }
}
