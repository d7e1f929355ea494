package com.phonesmith.configurator.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.platform.problem.Problem.FieldError;
import com.phonesmith.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchChangeRulesTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");
    private static final Instant OPENS = NOW.minus(Duration.ofDays(1));
    private static final Instant CLOSES = NOW.plus(Duration.ofDays(6));

    private static LaunchStatus launch(Instant opensAt, Instant closesAt, Instant endedAt) {
        return new LaunchStatus("tundra-winter", "nordvik-tundra", opensAt, closesAt, endedAt,
                LaunchStatus.State.at(opensAt, closesAt, endedAt, NOW), 2, List.of(
                        new LaunchStatus.Quota("moss", 256, 100, 3, 97),
                        new LaunchStatus.Quota("snow", 512, 40, 0, 40)));
    }

    private static LaunchStatus open() {
        return launch(OPENS, CLOSES, null);
    }

    private static LaunchChange units(LaunchRequest.Quota... quotas) {
        return new LaunchChange(null, null, List.of(quotas));
    }

    private static LaunchRequest.Quota quota(String colour, int storageGb, int units) {
        return new LaunchRequest.Quota(colour, storageGb, units);
    }

    private static Optional<ProblemException> refusal(LaunchStatus launch, LaunchChange change) {
        return LaunchChangeRules.refusal(launch, change, NOW);
    }

    @Test
    void aLaunchIsUpcomingThenOpenThenClosedUnlessAnAdminEndedIt() {
        assertThat(LaunchStatus.State.at(OPENS, CLOSES, null, OPENS.minusSeconds(1)))
                .isEqualTo(LaunchStatus.State.UPCOMING);
        assertThat(LaunchStatus.State.at(OPENS, CLOSES, null, OPENS)).isEqualTo(LaunchStatus.State.OPEN);
        assertThat(LaunchStatus.State.at(OPENS, CLOSES, null, CLOSES)).isEqualTo(LaunchStatus.State.CLOSED);
        assertThat(LaunchStatus.State.at(OPENS, CLOSES, NOW, NOW)).isEqualTo(LaunchStatus.State.ENDED);
        assertThat(LaunchStatus.State.at(OPENS, CLOSES, OPENS.minusSeconds(60), OPENS.minusSeconds(30)))
                .isEqualTo(LaunchStatus.State.ENDED);
        assertThat(LaunchStatus.State.UPCOMING.running()).isTrue();
        assertThat(LaunchStatus.State.OPEN.running()).isTrue();
        assertThat(LaunchStatus.State.CLOSED.running()).isFalse();
        assertThat(LaunchStatus.State.ENDED.running()).isFalse();
    }

    @Test
    void aChangeWithinTheRulesIsNotRefusedAndOneThatNamesNothingIsNoError() {
        assertThat(refusal(open(), new LaunchChange(CLOSES.plus(Duration.ofDays(3)), 1,
                List.of(quota("moss", 256, 3), quota("snow", 512, 0))))).isEmpty();
        assertThat(refusal(open(), new LaunchChange(NOW.plusSeconds(1), null, null))).isEmpty();
        assertThat(refusal(open(), new LaunchChange(null, null, null))).isEmpty();
        assertThat(refusal(launch(OPENS, NOW, null), new LaunchChange(null, null, List.of()))).isEmpty();
    }

    @Test
    void unitsBelowTheUnitsSoldAreAConflictThatSaysHowManyAreSold() {
        ProblemException refused = refusal(open(), units(quota("snow", 512, 10), quota("moss", 256, 2)))
                .orElseThrow();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errors()).containsExactly(
                new FieldError("quotas[1].units", "cannot be less than the 3 units already sold"));
        assertThat(LaunchChangeRules.soldOut(0, 1).reason()).isEqualTo("cannot be less than the 1 unit already sold");
    }

    @Test
    void theWindowMayEndLaterOrSoonerButNeitherBeforeNowNorBeforeItOpens() {
        ProblemException past = refusal(open(), new LaunchChange(NOW, null, null)).orElseThrow();
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.errors()).containsExactly(new FieldError("closesAt", "must be later than now ("
                + NOW + "); to end the launch now, end it (POST /api/launches/tundra-winter/end)"));

        Instant later = NOW.plus(Duration.ofDays(30));
        LaunchStatus upcoming = launch(later, later.plus(Duration.ofDays(7)), null);
        ProblemException beforeOpening = refusal(upcoming, new LaunchChange(later, null, null)).orElseThrow();
        assertThat(beforeOpening.status()).isEqualTo(422);
        assertThat(beforeOpening.errors()).containsExactly(new FieldError("closesAt", "must be after opensAt ("
                + later + ")"));
    }

    @Test
    void aQuotaMustNameAVariantOfTheLaunchAndOnlyOnce() {
        ProblemException refused = refusal(open(), units(quota("moss", 512, 10), quota("snow", 512, 5),
                quota("snow", 512, 6))).orElseThrow();

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errors()).containsExactly(
                new FieldError("quotas[0]", "is not a variant of the launch (it has moss 256 GB, snow 512 GB)"),
                new FieldError("quotas[2]", "lists its variant again"));
    }

    @Test
    void invalidValuesAndConflictsAreRefusedTogetherAsInvalidNamingEveryField() {
        ProblemException refused = refusal(open(), new LaunchChange(NOW.minusSeconds(1), 1,
                List.of(quota("moss", 256, 0)))).orElseThrow();

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("closesAt", "quotas[0].units");
    }

    @Test
    void aLaunchThatClosedOrWasEndedChangesNoMoreAndEachFieldSaysWhy() {
        ProblemException closed = refusal(launch(OPENS, NOW, null), new LaunchChange(CLOSES, 3, null)).orElseThrow();
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.errors()).containsExactly(
                new FieldError("closesAt", "cannot change: the launch closed at " + NOW),
                new FieldError("perCustomer", "cannot change: the launch closed at " + NOW));

        Instant ended = NOW.minusSeconds(60);
        ProblemException endedEarly = refusal(launch(OPENS, CLOSES, ended), units(quota("moss", 256, 50)))
                .orElseThrow();
        assertThat(endedEarly.status()).isEqualTo(409);
        assertThat(endedEarly.errors()).containsExactly(
                new FieldError("quotas", "cannot change: the launch was ended at " + ended));
    }
}
