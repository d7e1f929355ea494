package com.phonesmith.configurator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The engine answers exactly as it did before it compiled models and reused them (issue 12): statuses, reasons,
 * sentences, fixes, completions and checks, compared with the previous implementation kept in test code
 * ({@link LegacyConfigurator}) over many random feature models and selections, each asked of a reused engine.
 */
class ConfiguratorOracleTest {

    @Test
    void randomSelectionsOfRandomModelsGetTheAnswersThePreviousEngineGave() {
        for (long seed = 1; seed <= 60; seed++) {
            RandomFeatureModels.Case c = RandomFeatureModels.generate(seed, 14);
            sameAnswers(c, new Random(seed), 6, "model " + seed);
        }
    }

    @Test
    void largerRandomModelsGetTheAnswersThePreviousEngineGave() {
        for (long seed = 1_001; seed <= 1_012; seed++) {
            RandomFeatureModels.Case c = RandomFeatureModels.generate(seed, 30);
            sameAnswers(c, new Random(seed), 4, "model " + seed);
        }
    }

    @Test
    void theShopsFeatureModelGetsTheAnswersThePreviousEngineGave() {
        Random random = new Random(3);
        for (List<HandsetVariant> handset : LaunchFeatures.HANDSETS) {
            RandomFeatureModels.Case c = new RandomFeatureModels.Case(LaunchFeatures.MODEL, handset);
            sameAnswers(c, random, 12, "launch catalog on " + handset);
        }
    }

    @Test
    void theSmallPhoneModelGetsTheAnswersThePreviousEngineGave() {
        RandomFeatureModels.Case c = new RandomFeatureModels.Case(PhoneFeatures.MODEL, PhoneFeatures.VARIANTS);
        sameAnswers(c, new Random(5), 40, "phone features");
    }

    @Test
    void aFewOptionsExplainedPerAnswerAreTheSameFewAsBefore() {
        for (long seed = 200; seed <= 215; seed++) {
            RandomFeatureModels.Case c = RandomFeatureModels.generate(seed, 14);
            Configurator engine = new Configurator(c.model(), c.variants(), 2);
            LegacyConfigurator legacy = new LegacyConfigurator(c.model(), c.variants(), 2);
            Random random = new Random(seed);
            for (int k = 0; k < 4; k++) {
                Selection selection = RandomFeatureModels.selection(c, random);
                assertThat(engine.propagate(selection)).as("model %d, %s", seed, selection)
                        .isEqualTo(legacy.propagate(selection));
            }
        }
    }

    static void sameAnswers(RandomFeatureModels.Case c, Random random, int selections, String what) {
        Configurator engine = new Configurator(c.model(), c.variants());
        LegacyConfigurator legacy = new LegacyConfigurator(c.model(), c.variants());
        List<Selection> asked = new ArrayList<>(List.of(Selection.empty()));
        for (int k = 0; k < selections; k++) {
            asked.add(RandomFeatureModels.selection(c, random));
        }
        for (Selection selection : asked) {
            assertThat(engine.propagate(selection)).as("%s, %s", what, selection)
                    .isEqualTo(legacy.propagate(selection));
            assertThat(engine.complete(selection)).as("%s, completion of %s", what, selection)
                    .isEqualTo(legacy.complete(selection));
        }
        assertThat(engine.audit()).as("%s, audit", what).isEqualTo(legacy.audit());
        for (int k = 0; k < 3; k++) {
            HandsetVariant variant = c.variants().get(random.nextInt(c.variants().size()));
            List<String> options = c.model().options().stream().filter(o -> random.nextInt(3) == 0)
                    .map(FeatureModel.Option::code).toList();
            assertThat(engine.check(variant.colour(), variant.storageGb(), options))
                    .as("%s, check of %s on %s", what, options, variant)
                    .isEqualTo(legacy.check(variant.colour(), variant.storageGb(), options));
        }
    }
}
