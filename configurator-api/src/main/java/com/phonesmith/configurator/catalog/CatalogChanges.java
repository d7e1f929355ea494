package com.phonesmith.configurator.catalog;

import com.phonesmith.platform.notifications.ChannelListener;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this replica has heard of changes to the catalog: a generation that moves on whenever the catalog may have
 * changed (a new version notified, a change made here, the listening connection opened or lost). A catalog read
 * while the generation was g is still the database's as long as the generation is g and the channel listens.
 */
final class CatalogChanges implements ChannelListener.Hearing {
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile String lastHeard;

    /** The generation now: read it before reading the catalog's version. */
    long generation() {
        return generation.get();
    }

    /** Whether nothing can have changed the catalog since the generation was {@code seen}. */
    boolean unchangedSince(long seen) {
        return listening && generation.get() == seen;
    }

    /** A transaction of this replica changed the catalog (committed or not, it ended). */
    void changedHere() {
        generation.incrementAndGet();
    }

    /** The last notification heard (a version), null before the first. */
    String lastHeard() {
        return lastHeard;
    }

    @Override
    public void heard(List<String> versions) {
        lastHeard = versions.get(versions.size() - 1);
        generation.incrementAndGet();
    }

    @Override
    public void listening() {
        generation.incrementAndGet(); // anything may have changed while nobody listened
        listening = true;
    }

    @Override
    public void deaf() {
        listening = false;
        generation.incrementAndGet();
    }
}
