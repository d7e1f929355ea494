package com.phonesmith.configurator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers already given are given again to the same question, and only a bounded number of them is kept. */
class AnswersTest {

    @Test
    void theSameQuestionIsAnsweredOnceAndDecisionsInAnotherOrderAreAnotherQuestion() {
        Configurator configurator = new Configurator(PhoneFeatures.MODEL, PhoneFeatures.VARIANTS);
        Selection selection = Selection.empty().choose("work-profile").choose("games-pack");

        Propagation first = configurator.propagate(selection);

        assertThat(new Configurator(PhoneFeatures.MODEL, PhoneFeatures.VARIANTS).propagate(
                Selection.empty().choose("work-profile").choose("games-pack"))).isSameAs(first);
        assertThat(configurator.propagate(Selection.empty().choose("games-pack").choose("work-profile")))
                .isNotSameAs(first);
        assertThat(new Configurator(PhoneFeatures.MODEL, PhoneFeatures.VARIANTS, 1).propagate(selection))
                .isNotSameAs(first);
        FeatureModel sameRules = new FeatureModel(PhoneFeatures.MODEL.options(), PhoneFeatures.MODEL.groups(),
                PhoneFeatures.MODEL.rules(), PhoneFeatures.MODEL.systemReserveMb());
        assertThat(new Configurator(sameRules, PhoneFeatures.VARIANTS).propagate(selection)).isNotSameAs(first)
                .isEqualTo(first);
    }

    @Test
    void answersKeptAreBounded() {
        Configurator configurator = new Configurator(PhoneFeatures.MODEL, PhoneFeatures.VARIANTS);
        List<String> codes = PhoneFeatures.MODEL.options().stream().map(FeatureModel.Option::code).toList();
        for (int i = 0; i < Answers.KEPT + 50; i++) {
            Selection selection = new Selection(null, null, Map.of(codes.get(i % codes.size()), true))
                    .choose(codes.get((i / codes.size()) % codes.size()))
                    .remove(codes.get((i / codes.size() / codes.size()) % codes.size()));
            configurator.propagate(selection.withStorage(i % 2 == 0 ? 64 : 128).withColour(i % 3 == 0 ? "ink" : null));
        }

        assertThat(Answers.size()).isLessThanOrEqualTo(Answers.KEPT);
    }
}
