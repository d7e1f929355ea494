package com.phonesmith.configurator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * An answer gives its statuses at once and works out each option's reasons, sentence and fixes when they are first
 * read: the same words the previous engine wrote, whichever thread reads them first and in whatever order.
 */
class LazyExplanationsTest {

    @Test
    void statusesComeAtOnceAndAnExplanationIsWorkedOutWhenFirstRead() {
        CompiledRules rules = new CompiledRules(PhoneFeatures.MODEL, PhoneFeatures.VARIANTS);
        Workspace workspace = new Workspace(rules, new ChocoFacts());
        AtomicInteger asked = new AtomicInteger();
        Workspaces counting = new Workspaces() {
            @Override
            public <T> T withWorkspace(Function<Workspace, T> work) {
                asked.incrementAndGet();
                return work.apply(workspace);
            }
        };
        Selection selection = Selection.empty().withStorage(64).choose("games-pack").choose("offline-music");

        Propagation answer = new Evaluation(rules, counting, new Explainer(PhoneFeatures.MODEL),
                Configurator.EXPLAINED_PER_ANSWER).propagate(selection);
        int forStatuses = asked.get();
        Propagation.OptionState maps = answer.option("offline-maps").orElseThrow();

        assertThat(maps.status()).isEqualTo(Propagation.Status.EXCLUDED);
        assertThat(asked.get()).isEqualTo(forStatuses);
        assertThat(maps.why()).isEqualTo("Offline maps needs 8 GB free; with 64 GB storage and the apps you chose, "
                + "2.8 GB are left. Choose 128 GB, or remove Games Pack, or remove Offline music.");
        assertThat(asked.get()).isGreaterThan(forStatuses);
        int afterOne = asked.get();
        assertThat(maps.fixes()).hasSize(3);
        assertThat(asked.get()).isEqualTo(afterOne);
        assertThat(answer).isEqualTo(new LegacyConfigurator(PhoneFeatures.MODEL, PhoneFeatures.VARIANTS)
                .propagate(selection));
    }

    @Test
    void threadsReadingOneAnswersExplanationsAtOnceReadThePreviousEnginesWords() throws Exception {
        Selection selection = Selection.empty().choose("kids-mode").choose("games-pack").withStorage(256);
        List<HandsetVariant> handset = LaunchFeatures.HANDSETS.get(3);
        Propagation expected = new LegacyConfigurator(LaunchFeatures.MODEL, handset).propagate(selection);
        for (int round = 0; round < 5; round++) {
            Answers.clear();
            Propagation shared = new Configurator(LaunchFeatures.MODEL, handset).propagate(selection);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<List<String>>> read = new ArrayList<>();
                for (int thread = 0; thread < 6; thread++) {
                    int seed = thread;
                    read.add(pool.submit(() -> {
                        List<Propagation.OptionState> options = new ArrayList<>(shared.options());
                        Collections.shuffle(options, new java.util.Random(seed));
                        List<String> words = new ArrayList<>();
                        for (Propagation.OptionState option : options) {
                            words.add(option.code() + ": " + option.why() + " " + option.because() + " "
                                    + option.fixes());
                        }
                        shared.storages().forEach(s -> words.add(s.value() + ": " + s.why() + " " + s.fixes()));
                        return words;
                    }));
                }
                for (Future<List<String>> words : read) {
                    assertThat(words.get()).hasSize(shared.options().size() + shared.storages().size());
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(shared).isEqualTo(expected);
        }
    }
}
