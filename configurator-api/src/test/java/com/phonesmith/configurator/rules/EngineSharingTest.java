package com.phonesmith.configurator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What the engine shares between clicks: one compiled model per feature model and handset, and workspaces that
 * threads borrow one at a time. Many threads asking at once get the answers one thread gets from the previous engine.
 */
class EngineSharingTest {

    @Test
    void aFeatureModelIsCompiledOncePerHandsetAndAnotherModelObjectIsAnotherEngine() {
        FeatureModel copy = new FeatureModel(PhoneFeatures.MODEL.options(), PhoneFeatures.MODEL.groups(),
                PhoneFeatures.MODEL.rules(), PhoneFeatures.MODEL.systemReserveMb());

        Engine engine = Engine.of(PhoneFeatures.MODEL, PhoneFeatures.VARIANTS);

        assertThat(Engine.of(PhoneFeatures.MODEL, List.copyOf(PhoneFeatures.VARIANTS))).isSameAs(engine);
        assertThat(Engine.of(PhoneFeatures.MODEL, PhoneFeatures.VARIANTS.subList(0, 2))).isNotSameAs(engine);
        assertThat(Engine.of(copy, PhoneFeatures.VARIANTS)).isNotSameAs(engine);
    }

    @Test
    void manyThreadsAskingAtOnceGetTheAnswersOfThePreviousEngine() throws Exception {
        Random random = new Random(17);
        List<RandomFeatureModels.Case> handsets = new ArrayList<>();
        LaunchFeatures.HANDSETS.forEach(h -> handsets.add(new RandomFeatureModels.Case(LaunchFeatures.MODEL, h)));
        List<Object[]> questions = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            RandomFeatureModels.Case c = handsets.get(random.nextInt(handsets.size()));
            Selection selection = RandomFeatureModels.selection(c, random);
            questions.add(new Object[] {c, selection,
                    new LegacyConfigurator(c.model(), c.variants()).propagate(selection)});
        }
        Answers.clear();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread;
                done.add(pool.submit(() -> {
                    for (int k = 0; k < questions.size(); k++) {
                        Object[] question = questions.get((k + offset * 7) % questions.size());
                        RandomFeatureModels.Case c = (RandomFeatureModels.Case) question[0];
                        Propagation answer = new Configurator(c.model(), c.variants()).propagate((Selection) question[1]);
                        assertThat(answer).as("%s", question[1]).isEqualTo(question[2]);
                        if (k % 5 == 0) {
                            Answers.clear(); // so that threads compute at once rather than read each other's answers
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
