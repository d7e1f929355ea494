package com.phonesmith.workflow.live;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who follows which order on this instance, and how many streams are open: the listener tells the followers of an
 * order that it changed, and a stream is only opened while a slot is free.
 */
@Singleton
public class Followers {
    /** One open stream of an order. */
    public interface Follower {
        /** The order's timeline or status changed (committed), or may have: send the latest view. */
        void changed();

        /** The instance stops: end the stream. */
        void end();
    }

    /** One of the instance's stream slots, given back once however often it is released. */
    public final class Slot {
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot() {
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                open.decrementAndGet();
            }
        }
    }

    private final ConcurrentMap<String, Set<Follower>> byOrder = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final int maxStreams;

    @Inject
    public Followers(LiveConfig config) {
        this(config.maxStreams());
    }

    Followers(int maxStreams) {
        if (maxStreams < 1) {
            throw new IllegalArgumentException("phonesmith.workflow.live.max-streams must be at least 1, not "
                    + maxStreams);
        }
        this.maxStreams = maxStreams;
    }

    /** A slot for one more stream; empty when this instance serves its maximum already. */
    public Optional<Slot> reserve() {
        while (true) {
            int now = open.get();
            if (now >= maxStreams) {
                return Optional.empty();
            }
            if (open.compareAndSet(now, now + 1)) {
                return Optional.of(new Slot());
            }
        }
    }

    /** Starts telling {@code follower} of the order's changes; the answer stops it. */
    public Runnable follow(String orderId, Follower follower) {
        // under the map's lock of the key, so that a set emptied by the last unfollow is never added to
        byOrder.compute(orderId, (id, set) -> {
            Set<Follower> followers = set == null ? ConcurrentHashMap.newKeySet() : set;
            followers.add(follower);
            return followers;
        });
        return () -> byOrder.computeIfPresent(orderId, (id, set) -> {
            set.remove(follower);
            return set.isEmpty() ? null : set;
        });
    }

    /** The order's timeline or status changed. */
    public void changed(String orderId) {
        Set<Follower> followers = byOrder.get(orderId);
        if (followers != null) {
            followers.forEach(Follower::changed);
        }
    }

    /** Any order may have changed unseen (the listener was not listening for a while). */
    public void changedAll() {
        byOrder.values().forEach(followers -> followers.forEach(Follower::changed));
    }

    /** Ends every stream (the instance stops). */
    public void endAll() {
        byOrder.values().forEach(followers -> followers.forEach(Follower::end));
    }

    /** How many streams follow the order on this instance. */
    public int following(String orderId) {
        Set<Follower> followers = byOrder.get(orderId);
        return followers == null ? 0 : followers.size();
    }

    /** How many streams are open on this instance. */
    public int open() {
        return open.get();
    }
}
