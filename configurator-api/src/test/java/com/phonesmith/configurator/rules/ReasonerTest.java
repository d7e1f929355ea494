package com.phonesmith.configurator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The engine's own reasoning agrees with Choco on the questions it answers instead of Choco: whether some rules and
 * decisions can hold together (also with its search restarted after every dead end, as on hard questions), and which
 * options the rules and decisions fix by propagation.
 */
class ReasonerTest {

    @Test
    void whetherSomeRulesAndDecisionsCanHoldIsWhatChocoSays() {
        int asked = 0;
        for (long seed = 500; seed <= 620; seed++) {
            RandomFeatureModels.Case c = RandomFeatureModels.generate(seed, 40);
            CompiledRules rules = new CompiledRules(c.model(), c.variants());
            Reasoner reasoner = new Reasoner(rules);
            SolutionSearch search = new SolutionSearch(reasoner, rules.optionCount);
            ConstraintProblem choco = new ConstraintProblem(rules);
            Random random = new Random(seed);
            for (int k = 0; k < 8; k++) {
                List<Condition> some = new ArrayList<>();
                rules.rules.stream().filter(r -> random.nextInt(4) != 0).forEach(some::add);
                some.addAll(rules.decisions(RandomFeatureModels.selection(c, random)));
                some.add(rules.optionIs(random.nextInt(rules.optionCount), random.nextBoolean()));

                boolean chocoSays = choco.any(some, i -> 0) != null;
                reasoner.enable(some);
                boolean propagated = reasoner.propagateAll();
                Assignment found = propagated ? search.any(rules.modelOrder, i -> 1, 1_000_000) : null;

                assertThat(found != null).as("model %d, question %d", seed, k).isEqualTo(chocoSays);
                if (found != null) {
                    assertThat(reasoner.keepsAll(found)).isTrue();
                    assertThat(found.options()).hasSize(rules.optionCount);
                }
                // a search that may only fail once before each restart has to restart its way to the answer
                if (propagated) {
                    Assignment restarting = search.any(rules.modelOrder, i -> 1, 1_000_000, 1);
                    assertThat(restarting != null).as("model %d, question %d, restarting", seed, k)
                            .isEqualTo(chocoSays);
                    asked++;
                }
            }
        }
        assertThat(asked).isGreaterThan(100);
    }

    @Test
    void whatTheRulesAndDecisionsFixByPropagationIsWhatChocoFixes() {
        for (long seed = 700; seed <= 800; seed++) {
            RandomFeatureModels.Case c = RandomFeatureModels.generate(seed, 40);
            CompiledRules rules = new CompiledRules(c.model(), c.variants());
            Reasoner reasoner = new Reasoner(rules);
            ConstraintProblem choco = new ConstraintProblem(rules);
            Random random = new Random(seed);
            for (int k = 0; k < 6; k++) {
                List<Condition> decisions = rules.decisions(RandomFeatureModels.selection(c, random));
                boolean[] chocoFixes = choco.fixedBy(decisions);
                reasoner.enable(rules.rules, decisions);
                boolean consistent = reasoner.propagateAll();

                assertThat(consistent).as("model %d, decisions %s", seed, decisions).isEqualTo(chocoFixes != null);
                for (int i = 0; consistent && i < rules.optionCount; i++) {
                    assertThat(reasoner.valueOf(i) != Reasoner.OPEN).as("model %d, option %d, decisions %s", seed, i,
                            decisions).isEqualTo(chocoFixes[i]);
                }
            }
        }
    }
}
