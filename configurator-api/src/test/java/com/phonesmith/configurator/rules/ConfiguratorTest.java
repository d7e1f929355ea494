package com.phonesmith.configurator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.configurator.rules.Propagation.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguratorTest {
    private final Configurator configurator = PhoneFeatures.configurator();

    @Test
    void anEmptySelectionIsCompletedWithTheDefaultsAndLeavesTheRestOpen() {
        Propagation result = configurator.propagate(Selection.empty());

        assertThat(result.consistent()).isTrue();
        assertThat(result.completion().orElseThrow().options())
                .containsExactlyInAnyOrder("dialer", "messages", "launcher-classic");
        assertThat(result.option("dialer").orElseThrow().status()).isEqualTo(Status.INCLUDED);
        assertThat(result.option("dialer").orElseThrow().why()).isEqualTo("Included because Phone and Messages come with every phone.");
        assertThat(result.option("launcher-classic").orElseThrow().status()).isEqualTo(Status.OPEN);
        assertThat(result.option("games-pack").orElseThrow().status()).isEqualTo(Status.OPEN);
    }

    @Test
    void anOptionNeededThroughAChainIsIncludedWithTheWholeChainAsItsReason() {
        Propagation result = configurator.propagate(Selection.empty().choose("desktop-mode"));

        Propagation.OptionState drivers = result.option("display-drivers").orElseThrow();
        assertThat(drivers.status()).isEqualTo(Status.INCLUDED);
        assertThat(drivers.because()).containsExactlyInAnyOrder(new Reason.Chose("desktop-mode"),
                new Reason.Needs("desktop-mode", "external-display"),
                new Reason.Needs("external-display", "display-drivers"));
        assertThat(drivers.why()).isEqualTo(
                "Included because Desktop mode needs External display; External display needs Display drivers.");
        assertThat(result.completion().orElseThrow().options()).contains("external-display", "display-drivers");
    }

    @Test
    void aChosenOptionExcludesItsRivalAndSaysWhichChoiceToUndo() {
        Propagation result = configurator.propagate(Selection.empty().choose("work-profile"));

        Propagation.OptionState kids = result.option("kids-mode").orElseThrow();
        assertThat(kids.status()).isEqualTo(Status.EXCLUDED);
        assertThat(kids.why()).isEqualTo("Kids mode cannot be combined with Work profile. Remove Work profile.");
        assertThat(kids.fixes()).singleElement().satisfies(fix -> {
            assertThat(fix.result().decisions()).containsEntry("kids-mode", true).containsEntry("work-profile", false);
            assertThat(configurator.propagate(fix.result()).consistent()).isTrue();
        });
    }

    @Test
    void aFeatureThatNeedsMoreRamIsExcludedOnTheSmallVariantAndTheFixIsTheLargerOne() {
        Propagation result = configurator.propagate(Selection.empty().withStorage(64));

        Propagation.OptionState desktop = result.option("desktop-mode").orElseThrow();
        assertThat(desktop.status()).isEqualTo(Status.EXCLUDED);
        assertThat(desktop.why()).isEqualTo(
                "Desktop mode needs 8 GB of RAM, which the 64 GB version does not have. Choose 128 GB.");
        assertThat(desktop.fixes()).singleElement().satisfies(fix ->
                assertThat(fix.result().storageGb()).isEqualTo(128));
    }

    @Test
    void anAppThatDoesNotFitSaysHowMuchIsLeftAndTheSmallestChangesThatMakeRoom() {
        Selection selection = Selection.empty().withStorage(64).choose("games-pack").choose("offline-music");

        Propagation result = configurator.propagate(selection);

        Propagation.OptionState maps = result.option("offline-maps").orElseThrow();
        assertThat(maps.status()).isEqualTo(Status.EXCLUDED);
        assertThat(maps.why()).isEqualTo("Offline maps needs 8 GB free; with 64 GB storage and the apps you chose, "
                + "2.8 GB are left. Choose 128 GB, or remove Games Pack, or remove Offline music.");
        assertThat(maps.fixes()).allSatisfy(fix -> assertThat(configurator.propagate(fix.result()).consistent()).isTrue());
    }

    @Test
    void aStorageSizeTooSmallForTheChosenAppsIsShownAsNotPossibleWithTheReason() {
        Selection selection = Selection.empty().choose("games-pack").choose("offline-music").choose("offline-maps");

        Propagation result = configurator.propagate(selection);

        assertThat(result.storages()).extracting(Propagation.ValueState::value, Propagation.ValueState::possible)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("64", false),
                        org.assertj.core.groups.Tuple.tuple("128", true));
        assertThat(result.storages().get(0).why()).startsWith("Games Pack, Offline music and Offline maps need 57 GB together")
                .contains("64 GB storage leaves (52 GB beside the system)");
        assertThat(result.completion().orElseThrow().variant().storageGb()).isEqualTo(128);
    }

    @Test
    void theLastMemberOfAnAtLeastOneGroupIsIncludedOnceTheOthersAreRemoved() {
        Selection selection = Selection.empty().choose("work-profile").remove("work-mail");

        Propagation.OptionState vpn = configurator.propagate(selection).option("work-vpn").orElseThrow();

        assertThat(vpn.status()).isEqualTo(Status.INCLUDED);
        assertThat(vpn.why()).isEqualTo("Included because Work profile needs at least one of Work mail or Work VPN.");
    }

    @Test
    void decisionsThatCannotAllHoldAreAConflictWithTheSmallestFixes() {
        Selection selection = Selection.empty().choose("work-profile").choose("kids-mode");

        Propagation result = configurator.propagate(selection);

        assertThat(result.consistent()).isFalse();
        Propagation.Conflict conflict = result.conflict().orElseThrow();
        assertThat(conflict.why()).isEqualTo(
                "Work profile cannot be combined with Kids mode. Remove Work profile, or remove Kids mode.");
        assertThat(conflict.fixes()).hasSize(2);
        assertThat(result.completion()).isEmpty();
    }

    @Test
    void anExactConfigurationIsCheckedAsAWhole() {
        assertThat(configurator.check("coral", 128, List.of("dialer", "messages", "launcher-classic", "desktop-mode",
                "external-display", "display-drivers"))).isEmpty();
        assertThat(configurator.check("coral", 128, List.of("dialer", "messages", "launcher-classic",
                "launcher-minimal"))).hasValueSatisfying(conflict -> assertThat(conflict.why())
                        .isEqualTo("Only one launcher can be chosen (Classic launcher or Minimal launcher)."));
        assertThat(configurator.check("coral", 128, List.of("dialer", "messages", "launcher-classic",
                "desktop-mode"))).hasValueSatisfying(conflict -> assertThat(conflict.why())
                        .isEqualTo("Desktop mode needs External display."));
    }

    @Test
    void aSoundModelHasNothingToReport() {
        assertThat(configurator.audit()).isEmpty();
    }

    @Test
    void anOptionNoConfigurationCanContainIsReportedAsDead() {
        FeatureModel model = new FeatureModel(PhoneFeatures.MODEL.options(), PhoneFeatures.MODEL.groups(),
                List.of(new FeatureModel.Rule(FeatureModel.RuleKind.EXCLUDES, "games-pack", "dialer")), 12 * 1024);

        assertThat(new Configurator(model, PhoneFeatures.VARIANTS).audit()).containsExactly(
                "Games Pack can never be chosen: Phone and Messages come with every phone; Games Pack cannot be combined with Phone.");
    }

    @Test
    void rulesThatContradictEachOtherAreReported() {
        FeatureModel model = new FeatureModel(PhoneFeatures.MODEL.options(), PhoneFeatures.MODEL.groups(),
                List.of(new FeatureModel.Rule(FeatureModel.RuleKind.EXCLUDES, "messages", "dialer")), 12 * 1024);

        assertThat(new Configurator(model, PhoneFeatures.VARIANTS).audit()).singleElement().asString()
                .startsWith("The rules contradict each other: ")
                .contains("Messages cannot be combined with Phone");
    }

    @Test
    void aDecisionOrderDoesNotChangeTheAnswer() {
        Selection one = new Selection(null, 64, Map.of("games-pack", true));
        Selection other = Selection.empty().choose("games-pack").withStorage(64);

        assertThat(configurator.propagate(one)).isEqualTo(configurator.propagate(other));
    }
}
