package com.phonesmith.images.build;

import com.phonesmith.images.artifacts.ArtifactsConfig;
import com.phonesmith.images.bundle.BuiltBundle;
import com.phonesmith.images.bundle.BundlePipeline;
import com.phonesmith.images.bundle.BundlePlan;
import com.phonesmith.images.bundle.Bundles;
import com.phonesmith.images.release.Release;
import com.phonesmith.images.release.Selection;
import com.phonesmith.images.release.UnresolvableSelection;
import com.phonesmith.images.releases.Releases;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Builds queued bundles on a bounded pool ({@code images.build-threads}): it claims only as many builds as it
 * has free threads, so a launch's thousands of orders wait in the queue instead of exhausting the machine.
 */
@ApplicationScoped
public class BundleWorker {
    private static final Logger LOG = Logger.getLogger(BundleWorker.class);

    private final BundleBuildService queue;
    private final Bundles bundles;
    private final Releases releases;
    private final ArtifactsConfig config;
    private final MeterRegistry metrics;
    private final Semaphore freeThreads;
    private final ExecutorService pool;
    /** The builds this worker is running: their leases are renewed by the heartbeat. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public BundleWorker(BundleBuildService queue, Bundles bundles, Releases releases, ArtifactsConfig config,
            MeterRegistry metrics) {
        this.queue = queue;
        this.bundles = bundles;
        this.releases = releases;
        this.config = config;
        this.metrics = metrics;
        this.freeThreads = new Semaphore(config.buildThreads());
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(config.buildThreads(), runnable -> {
            Thread thread = new Thread(runnable, "bundle-build-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(every = "${images.worker-poll:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void claimDueBuilds() {
        int free = freeThreads.availablePermits();
        if (free == 0) {
            return;
        }
        List<BundleBuild> claimed = queue.claim(free);
        for (BundleBuild build : claimed) {
            freeThreads.acquireUninterruptibly();
            String key = build.bundleKey;
            BuildRequest request = new BuildRequest(key, build.release, new Selection(build.model,
                    build.featureList(), build.appList()));
            running.add(key);
            try {
                pool.execute(() -> {
                    try {
                        run(request);
                    } finally {
                        running.remove(key);
                        freeThreads.release();
                    }
                });
            } catch (RejectedExecutionException stopping) {
                running.remove(key);
                freeThreads.release(); // shutting down: the lease brings the build back
            }
        }
    }

    @Scheduled(every = "${images.build-heartbeat:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renewLeases() {
        try {
            queue.renew(Set.copyOf(running));
        } catch (RuntimeException e) {
            LOG.warnf("could not renew the leases of the running builds %s: %s", running, e.getMessage());
        }
    }

    private record BuildRequest(String key, String release, Selection selection) {
    }

    private void run(BuildRequest request) {
        String key = request.key();
        try {
            Optional<String> missing = bundles.missingTool();
            if (missing.isPresent()) {
                settleFailed(key, missing.get(), false);
                return;
            }
            Release release = releases.find(request.release()).orElse(null);
            if (release == null) {
                settleFailed(key, "release " + request.release() + " is not known to this service", false);
                return;
            }
            BundlePipeline pipeline = bundles.pipeline();
            BundlePlan plan = pipeline.plan(release, request.selection());
            BuiltBundle bundle = pipeline.build(plan, new Throttled(key));
            queue.built(key, bundle);
            metrics.counter("images.bundles", "outcome", "built").increment();
        } catch (UnresolvableSelection e) {
            settleFailed(key, e.getMessage(), false);
        } catch (IOException e) {
            settleFailed(key, describe(e), true);
        } catch (RuntimeException e) {
            LOG.error("bundle build " + key + " failed unexpectedly", e);
            settleFailed(key, "unexpected error: " + e, true);
        }
    }

    private void settleFailed(String key, String reason, boolean retryable) {
        if (retryable && pool.isShutdown()) {
            LOG.infof("bundle build %s stopped with the service; it goes back to the queue", key);
            return; // not the build's fault: no attempt is spent on it
        }
        try {
            queue.failed(key, reason, retryable, config.buildAttempts());
            metrics.counter("images.bundles", "outcome", "failed").increment();
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not record the failure of bundle build %s; its lease brings it back", key);
        }
    }

    /** A full disk says so plainly; other I/O failures keep their message. */
    static String describe(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("No space left on device")) {
            return "the artifact store's disk is full: " + message;
        }
        return message;
    }

    /** Progress to the database only when the stage changes (a handful of writes per build). */
    private final class Throttled implements BundlePipeline.Progress {
        private final String key;
        private String lastStage;

        Throttled(String key) {
            this.key = key;
        }

        @Override
        public void at(int percent, String stage) {
            if (!stage.equals(lastStage)) {
                lastStage = stage;
                queue.progress(key, percent, stage);
            }
        }
    }

    /** On a clean stop the unfinished builds go back to the queue at once instead of waiting out their lease. */
    void stopBuilding(@Observes ShutdownEvent stopping) {
        Set<String> unfinished = Set.copyOf(running);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            int given = queue.giveBack(unfinished);
            if (given > 0) {
                LOG.infof("stopping: %d unfinished build(s) went back to the queue", given);
            }
        } catch (RuntimeException e) {
            LOG.warnf("stopping: could not give back the builds %s; their leases bring them back: %s", unfinished,
                    e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
