package com.phonesmith.configurator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Where the engine's own reasoning stops (its search past its bound of dead ends, a handset with more variants than
 * it reasons about), the reused Choco model answers, and the answers are still those of the previous engine.
 */
class ChocoFallbackTest {

    @Test
    void whenTheEnginesOwnSearchGivesUpChocoGivesTheSameAnswers() {
        for (int deadEnds : new int[] {-1, 0, 1}) {
            for (long seed = 300; seed <= 340; seed++) {
                RandomFeatureModels.Case c = RandomFeatureModels.generate(seed, 14);
                CompiledRules rules = new CompiledRules(c.model(), c.variants());
                Workspace workspace = new Workspace(rules, new ChocoFacts(), deadEnds);
                Workspaces only = new Workspaces() {
                    @Override
                    public <T> T withWorkspace(java.util.function.Function<Workspace, T> work) {
                        return work.apply(workspace);
                    }
                };
                Explainer explainer = new Explainer(c.model());
                LegacyConfigurator legacy = new LegacyConfigurator(c.model(), c.variants());
                Random random = new Random(seed);
                for (int k = 0; k < 5; k++) {
                    Selection selection = k == 0 ? Selection.empty() : RandomFeatureModels.selection(c, random);
                    assertThat(new Evaluation(rules, only, explainer, Configurator.EXPLAINED_PER_ANSWER)
                            .propagate(selection)).as("model %d, %d dead ends, %s", seed, deadEnds, selection)
                            .isEqualTo(legacy.propagate(selection));
                    assertThat(new Evaluation(rules, only, explainer, Configurator.EXPLAINED_PER_ANSWER)
                            .complete(selection)).as("model %d, %d dead ends, completion of %s", seed, deadEnds,
                                    selection)
                            .isEqualTo(legacy.complete(selection));
                }
            }
        }
    }

    @Test
    void aHandsetWithMoreVariantsThanTheEngineReasonsAboutIsAnsweredByChocoAlone() {
        for (long seed = 400; seed <= 410; seed++) {
            RandomFeatureModels.Case small = RandomFeatureModels.generate(seed, 10);
            List<HandsetVariant> many = new ArrayList<>();
            for (int colour = 0; colour < 8; colour++) {
                for (int storage = 0; storage < 9; storage++) {
                    many.add(new HandsetVariant("colour-" + colour, 64 << (storage % 3), 4 + 2 * (storage % 4)));
                }
            }
            many = many.stream().distinct().toList();
            assertThat(many.size()).isGreaterThan(CompiledRules.MOST_VARIANTS_REASONED);
            assertThat(new CompiledRules(small.model(), many).reasoned).isFalse();
            ConfiguratorOracleTest.sameAnswers(new RandomFeatureModels.Case(small.model(), many), new Random(seed), 3,
                    "model " + seed + " on " + many.size() + " variants");
        }
    }
}
