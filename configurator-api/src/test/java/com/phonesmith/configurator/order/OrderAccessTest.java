package com.phonesmith.configurator.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Caller;
import com.phonesmith.platform.security.Roles;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderAccessTest {
    private static final String TOKEN = "k7n8-token-of-the-order-0123456789abcdefghi";
    private static final String HASH = TrackingToken.hash(TOKEN);
    private static final String ADDRESS = "198.51.100.7";

    @Test
    void theOwnerReadsTheirOrderInFull() {
        assertThat(OrderAccess.view(Caller.of("ada", Roles.SHOPPER, ADDRESS), "ada", HASH, Optional.empty()))
                .isEqualTo(OrderAccess.View.FULL);
    }

    @Test
    void anotherShopperIsToldThereIsNoSuchOrder() {
        assertThat(OrderAccess.view(Caller.of("bob", Roles.SHOPPER, ADDRESS), "ada", HASH, Optional.empty()))
                .isEqualTo(OrderAccess.View.NONE);
        assertThat(OrderAccess.view(Caller.of("bob", Roles.SHOPPER, ADDRESS), "ada", HASH, Optional.of("guessed")))
                .isEqualTo(OrderAccess.View.NONE);
    }

    @Test
    void supportReadsEveryOrderInFull() {
        assertThat(OrderAccess.view(Caller.of("sue", Roles.SUPPORT, ADDRESS), "ada", HASH, Optional.empty()))
                .isEqualTo(OrderAccess.View.FULL);
        assertThat(OrderAccess.view(Caller.of("sue", Roles.SUPPORT, ADDRESS), null, null, Optional.empty()))
                .isEqualTo(OrderAccess.View.FULL);
    }

    @Test
    void theTrackingTokenLetsAnybodyFollowTheOrderWithoutItsPersonalData() {
        assertThat(OrderAccess.view(Caller.guest(ADDRESS), null, HASH, Optional.of(TOKEN)))
                .isEqualTo(OrderAccess.View.TRACKING);
        assertThat(OrderAccess.view(Caller.of("bob", Roles.SHOPPER, ADDRESS), "ada", HASH, Optional.of(TOKEN)))
                .isEqualTo(OrderAccess.View.TRACKING);
    }

    @Test
    void aGuestWithoutATokenMustSignInAndAWrongTokenFindsNothing() {
        assertThat(OrderAccess.view(Caller.guest(ADDRESS), null, HASH, Optional.empty()))
                .isEqualTo(OrderAccess.View.SIGN_IN);
        assertThat(OrderAccess.view(Caller.guest(ADDRESS), null, HASH, Optional.of(TOKEN + "x")))
                .isEqualTo(OrderAccess.View.NONE);
        assertThat(OrderAccess.view(Caller.guest(ADDRESS), null, null, Optional.of(TOKEN)))
                .isEqualTo(OrderAccess.View.NONE);
    }

    @Test
    void operatorsPartnersAndAdminsDoNotReadCustomersOrders() {
        for (String role : new String[] {Roles.OPERATOR, Roles.PARTNER, Roles.ADMIN, Roles.SERVICE}) {
            assertThat(OrderAccess.view(Caller.of("x", role, ADDRESS), "x", HASH, Optional.empty()))
                    .as(role).isEqualTo(OrderAccess.View.NONE);
        }
    }

    @Test
    void guestsShoppersAndServicesPlaceOrdersButStaffDoNot() {
        OrderAccess.requireMayPlace(Caller.guest(ADDRESS));
        OrderAccess.requireMayPlace(Caller.of("ada", Roles.SHOPPER, ADDRESS));
        OrderAccess.requireMayPlace(Caller.of("web", Roles.SERVICE, ADDRESS));
        for (String role : new String[] {Roles.OPERATOR, Roles.SUPPORT, Roles.PARTNER, Roles.ADMIN}) {
            assertThatThrownBy(() -> OrderAccess.requireMayPlace(Caller.of("x", role, ADDRESS)))
                    .as(role).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(403));
        }
    }

    @Test
    void onlyAShoppersOrdersBelongToAnAccount() {
        assertThat(OrderAccess.ownerOf(Caller.of("ada", Roles.SHOPPER, ADDRESS))).contains("ada");
        assertThat(OrderAccess.ownerOf(Caller.of("web", Roles.SERVICE, ADDRESS))).isEmpty();
        assertThat(OrderAccess.ownerOf(Caller.guest(ADDRESS))).isEmpty();
    }

    @Test
    void anEmailIsMaskedButForItsFirstLetterAndDomain() {
        assertThat(OrderAccess.maskEmail("ada@example.org")).isEqualTo("a***@example.org");
        assertThat(OrderAccess.maskEmail("not-an-email")).isEqualTo("***");
    }
}
