package com.phonesmith.configurator.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogChangesTest {
    private final CatalogChanges changes = new CatalogChanges();

    @Test
    void nothingIsKnownUnchangedBeforeTheChannelListens() {
        long seen = changes.generation();

        assertThat(changes.unchangedSince(seen)).isFalse();
    }

    @Test
    void aCatalogReadWhileListeningStaysCurrentUntilAChangeIsHeard() {
        changes.listening();
        long seen = changes.generation();
        assertThat(changes.unchangedSince(seen)).isTrue();

        changes.heard(List.of("42"));

        assertThat(changes.unchangedSince(seen)).isFalse();
        assertThat(changes.lastHeard()).isEqualTo("42");
    }

    @Test
    void aCatalogReadBeforeTheChannelListensIsNotCurrentOnceItListens() {
        long seen = changes.generation();

        changes.listening(); // anything may have changed while nobody listened

        assertThat(changes.unchangedSince(seen)).isFalse();
    }

    @Test
    void aChangeMadeHereEndsWhatWasCurrent() {
        changes.listening();
        long seen = changes.generation();

        changes.changedHere();

        assertThat(changes.unchangedSince(seen)).isFalse();
    }

    @Test
    void losingTheChannelEndsWhatWasCurrentEvenIfItComesBack() {
        changes.listening();
        long seen = changes.generation();

        changes.deaf();
        assertThat(changes.unchangedSince(seen)).isFalse();
        changes.listening();

        assertThat(changes.unchangedSince(seen)).isFalse();
    }
}
