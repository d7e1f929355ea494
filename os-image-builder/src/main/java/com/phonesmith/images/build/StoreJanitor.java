package com.phonesmith.images.build;

import com.phonesmith.images.artifacts.Artifacts;
import com.phonesmith.images.artifacts.ArtifactsConfig;
import com.phonesmith.images.bundle.BundleAssembly;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps the artifact store under its size limit, removing the least recently used artifacts first; never a
 * partition image of a bundle an order was given in the last eight days (its handset may not be flashed yet).
 * A removed partition image is simply built again when a bundle needing it is next asked for.
 */
@ApplicationScoped
public class StoreJanitor {
    private static final Logger LOG = Logger.getLogger(StoreJanitor.class);
    static final Duration IN_USE = Duration.ofDays(8);

    private final Artifacts artifacts;
    private final ArtifactsConfig config;
    private final Clock clock;

    public StoreJanitor(Artifacts artifacts, ArtifactsConfig config, Clock clock) {
        this.artifacts = artifacts;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${images.janitor-interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void keepUnderLimit() {
        try {
            long freed = evict(config.storeLimitMib() << 20);
            if (freed > 0) {
                LOG.infof("removed %d MiB of least recently used artifacts", freed >> 20);
            }
        } catch (IOException e) {
            LOG.warn("could not keep the artifact store under its limit: " + e.getMessage());
        }
    }

    /** Evicts down to the limit and returns the bytes freed. */
    public long evict(long limitBytes) throws IOException {
        List<String> recent = QuarkusTransaction.requiringNew().call(() -> ImageBuild.<ImageBuild>list(
                "status = ?1 and builtAt >= ?2", BuildStatus.BUILT, clock.instant().minus(IN_USE))
                .stream().map(build -> build.digest).toList());
        Set<String> pinned = new HashSet<>();
        for (String digest : recent) {
            BundleAssembly.find(artifacts.store(), digest)
                    .ifPresent(bundle -> pinned.addAll(bundle.layout().artifacts()));
        }
        return artifacts.store().evictTo(limitBytes, pinned);
    }
}
