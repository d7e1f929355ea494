package com.phonesmith.workflow.live;

import com.phonesmith.platform.connections.DatabaseConnection;
import com.phonesmith.platform.notifications.ChannelListener;
import com.phonesmith.platform.notifications.PostgresChannel;
import com.phonesmith.workflow.timeline.TimelineService;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;

/**
 * Listens for committed timeline changes (channel {@value TimelineService#CHANGES_CHANNEL}) for as long as the
 * application runs, so that every instance hears of changes made by any instance; at shutdown it stops listening
 * and ends the open streams.
 */
@ApplicationScoped
public class LiveListener {
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final Followers followers;
    private final ChannelListener listener;

    public LiveListener(Followers followers, DatabaseConnection database) {
        this.followers = followers;
        this.listener = new ChannelListener("timeline changes", "timeline-listener",
                () -> PostgresChannel.listen(database.jdbcUrl(), database.username(), database.password(),
                        "order-workflow timeline listener", TimelineService.CHANGES_CHANNEL),
                new ChannelListener.Hearing() {
                    @Override
                    public void heard(List<String> orderIds) {
                        orderIds.forEach(followers::changed);
                    }

                    @Override
                    public void listening() {
                        followers.changedAll(); // a change may have come while nobody listened
                    }
                }, FIRST_PAUSE, MAX_PAUSE);
    }

    void start(@Observes StartupEvent startup) {
        listener.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        listener.stop();
        followers.endAll();
    }

    /** Whether this instance is listening right now. */
    public boolean listening() {
        return listener.listening();
    }
}
