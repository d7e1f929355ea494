package com.phonesmith.workflow.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowersTest {
    private static final class Recorder implements Followers.Follower {
        final List<String> heard = new ArrayList<>();

        @Override
        public void changed() {
            heard.add("changed");
        }

        @Override
        public void end() {
            heard.add("end");
        }
    }

    private final Followers followers = new Followers(2);

    @Test
    void aChangeReachesTheFollowersOfThatOrderOnly() {
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        Recorder other = new Recorder();
        followers.follow("order-a", first);
        followers.follow("order-a", second);
        followers.follow("order-b", other);

        followers.changed("order-a");
        followers.changed("order-c");

        assertThat(first.heard).containsExactly("changed");
        assertThat(second.heard).containsExactly("changed");
        assertThat(other.heard).isEmpty();
    }

    @Test
    void aFollowerThatStoppedHearsNothingAndIsNotKept() {
        Recorder follower = new Recorder();
        Runnable unfollow = followers.follow("order-a", follower);
        assertThat(followers.following("order-a")).isOne();

        unfollow.run();
        followers.changed("order-a");
        followers.changedAll();

        assertThat(follower.heard).isEmpty();
        assertThat(followers.following("order-a")).isZero();
    }

    @Test
    void afterTheListenerWasAwayEveryFollowerReadsAfreshAndAtShutdownEveryStreamEnds() {
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        followers.follow("order-a", a);
        followers.follow("order-b", b);

        followers.changedAll();
        followers.endAll();

        assertThat(a.heard).containsExactly("changed", "end");
        assertThat(b.heard).containsExactly("changed", "end");
    }

    @Test
    void noStreamOpensBeyondTheMaximumUntilOneIsReleasedAndAReleaseCountsOnce() {
        Optional<Followers.Slot> first = followers.reserve();
        Optional<Followers.Slot> second = followers.reserve();
        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(followers.reserve()).isEmpty();

        first.get().release();
        first.get().release();

        assertThat(followers.open()).isOne();
        assertThat(followers.reserve()).isPresent();
        assertThat(followers.reserve()).isEmpty();
    }

    @Test
    void aMaximumBelowOneIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new Followers(0)).hasMessageContaining("phonesmith.workflow.live.max-streams");
    }
}
