package com.phonesmith.images.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.ImageBuildProgress;
import com.phonesmith.contracts.events.ImageBuildStarted;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.images.artifacts.Artifacts;
import com.phonesmith.images.artifacts.ArtifactsConfig;
import com.phonesmith.images.bundle.BuiltBundle;
import com.phonesmith.images.bundle.BundlePlan;
import com.phonesmith.platform.outbox.Outbox;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The queue of bundle builds in PostgreSQL: requests are rows (one per bundle key, so identical requests share
 * one build), workers claim them with a lease ({@code FOR UPDATE SKIP LOCKED}, so replicas never take the same
 * row; a running build's lease is renewed by its worker's heartbeat, so a dead worker's build is taken again within
 * one short lease), and the end of a build settles every order waiting for it in the same transaction as their
 * ImageReady or ImageBuildFailed.
 */
@ApplicationScoped
public class BundleBuildService {
    private static final Logger LOG = Logger.getLogger(BundleBuildService.class);

    private final Outbox outbox;
    private final Artifacts artifacts;
    private final Clock clock;
    private final ObjectMapper json;
    private final Duration lease;

    public BundleBuildService(Outbox outbox, Artifacts artifacts, Clock clock, ObjectMapper json,
            ArtifactsConfig config) {
        this.outbox = outbox;
        this.artifacts = artifacts;
        this.clock = clock;
        this.json = json;
        this.lease = config.buildLease();
    }

    /**
     * The build of the plan's bundle, queued now if there is none; a build that failed before, or whose built
     * bundle lost a part to eviction or corruption ({@code stillInStore} false), is queued again.
     */
    @Transactional
    public BundleBuild enqueue(BundlePlan plan, boolean stillInStore) {
        Instant now = clock.instant();
        Panache.getEntityManager().createNativeQuery("""
                insert into bundle_build (bundle_key, release, model, features, apps, status, progress, stage,
                                          created_at, updated_at)
                values (:key, :release, :model, :features, :apps, 'QUEUED', 0, 'queued', :now, :now)
                on conflict (bundle_key) do nothing""")
                .setParameter("key", plan.bundleKey())
                .setParameter("release", plan.release().version())
                .setParameter("model", plan.model())
                .setParameter("features", String.join(",", plan.selection().features()))
                .setParameter("apps", String.join(",", plan.selection().apps()))
                .setParameter("now", now)
                .executeUpdate();
        BundleBuild build = Panache.getEntityManager().find(BundleBuild.class, plan.bundleKey(),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (build.status == BuildStatus.FAILED || (build.status == BuildStatus.BUILT && !stillInStore)) {
            build.status = BuildStatus.QUEUED;
            build.progress = 0;
            build.stage = "queued again";
            build.error = null;
            build.attempts = 0;
            build.leaseUntil = null;
            build.updatedAt = now;
        }
        return build;
    }

    public Optional<BundleBuild> find(String bundleKey) {
        return BundleBuild.findByIdOptional(bundleKey);
    }

    /** Takes up to n builds that are due: queued (and not waiting for a retry), or building with a lapsed lease. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<BundleBuild> claim(int n) {
        Instant now = clock.instant();
        List<BundleBuild> due = Panache.getEntityManager().createNativeQuery("""
                select * from bundle_build
                where (status = 'QUEUED' and (lease_until is null or lease_until <= :now))
                   or (status = 'BUILDING' and lease_until <= :now)
                order by created_at
                limit :n
                for update skip locked""", BundleBuild.class)
                .setParameter("now", now)
                .setParameter("n", n)
                .getResultList();
        for (BundleBuild build : due) {
            build.status = BuildStatus.BUILDING;
            build.attempts++;
            build.leaseUntil = now.plus(lease);
            build.stage = "started";
            build.updatedAt = now;
            for (ImageBuild order : ImageBuild.waitingFor(build.bundleKey)) {
                outbox.publish(new ImageBuildStarted(order.orderId, build.bundleKey, build.attempts));
            }
        }
        return due;
    }

    /** Records how far a build is, extends its lease (it is alive), and tells every order waiting for it. */
    public void progress(String bundleKey, int percent, String stage) {
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = clock.instant();
            for (ImageBuild order : ImageBuild.waitingFor(bundleKey)) {
                outbox.publish(new ImageBuildProgress(order.orderId, bundleKey, percent, stage));
            }
            Panache.getEntityManager().createQuery("""
                    update BundleBuild set progress = :percent, stage = :stage, leaseUntil = :lease, updatedAt = :now
                    where bundleKey = :key and status = :building""")
                    .setParameter("percent", percent)
                    .setParameter("stage", stage)
                    .setParameter("lease", now.plus(lease))
                    .setParameter("now", now)
                    .setParameter("key", bundleKey)
                    .setParameter("building", BuildStatus.BUILDING)
                    .executeUpdate();
        });
    }

    /** The heartbeat of a worker: the builds it is running keep their claim for another lease. */
    @Transactional
    public int renew(Collection<String> bundleKeys) {
        if (bundleKeys.isEmpty()) {
            return 0;
        }
        return Panache.getEntityManager().createQuery("""
                update BundleBuild set leaseUntil = :lease
                where bundleKey in :keys and status = :building""")
                .setParameter("lease", clock.instant().plus(lease))
                .setParameter("keys", bundleKeys)
                .setParameter("building", BuildStatus.BUILDING)
                .executeUpdate();
    }

    /** A worker that stops gives back the builds it could not finish, to be taken at once by another (or itself). */
    @Transactional
    public int giveBack(Collection<String> bundleKeys) {
        if (bundleKeys.isEmpty()) {
            return 0;
        }
        return Panache.getEntityManager().createQuery("""
                update BundleBuild set status = :queued, leaseUntil = null, stage = 'queued again: the builder stopped',
                                       updatedAt = :now
                where bundleKey in :keys and status = :building""")
                .setParameter("queued", BuildStatus.QUEUED)
                .setParameter("now", clock.instant())
                .setParameter("keys", bundleKeys)
                .setParameter("building", BuildStatus.BUILDING)
                .executeUpdate();
    }

    /** The bundle is in the store: the build and every order waiting for it are BUILT, each announced. */
    @Transactional
    public void built(String bundleKey, BuiltBundle bundle) {
        BundleBuild build = lock(bundleKey);
        Instant now = clock.instant();
        build.status = BuildStatus.BUILT;
        build.progress = 100;
        build.stage = "built";
        build.digest = bundle.digest();
        build.sizeBytes = bundle.sizeBytes();
        build.fingerprint = bundle.fingerprint();
        build.summary = toJson(bundle);
        build.error = null;
        build.leaseUntil = null;
        build.updatedAt = now;
        build.builtAt = now;
        for (ImageBuild order : ImageBuild.waitingFor(bundleKey)) {
            settleBuilt(order, build);
        }
    }

    /** Marks an order built from a built bundle and publishes its ImageReady (in the caller's transaction). */
    void settleBuilt(ImageBuild order, BundleBuild bundle) {
        order.built(bundle.digest, bundle.sizeBytes, bundle.fingerprint, bundle.summary, clock.instant());
        outbox.publish(new ImageReady(order.orderId, bundle.digest, bundle.sizeBytes,
                artifacts.urlOf(bundle.digest), bundle.fingerprint));
        LOG.infof("image of order %s is bundle %s (%d bytes)", order.orderId, bundle.digest, bundle.sizeBytes);
    }

    /**
     * The build did not succeed. A retryable failure goes back to the queue after a pause while attempts remain;
     * otherwise the build and every order waiting for it fail with the reason, each announced.
     */
    @Transactional
    public void failed(String bundleKey, String reason, boolean retryable, int maxAttempts) {
        BundleBuild build = lock(bundleKey);
        Instant now = clock.instant();
        build.updatedAt = now;
        if (retryable && build.attempts < maxAttempts) {
            Duration pause = Duration.ofSeconds(2L << Math.min(build.attempts, 6));
            build.status = BuildStatus.QUEUED;
            build.stage = "retrying after: " + reason;
            build.leaseUntil = now.plus(pause);
            LOG.warnf("bundle build %s failed (attempt %d of %d), retrying in %s: %s", bundleKey, build.attempts,
                    maxAttempts, pause, reason);
            return;
        }
        build.status = BuildStatus.FAILED;
        build.stage = "failed";
        build.error = reason;
        build.leaseUntil = null;
        LOG.warnf("bundle build %s FAILED: %s", bundleKey, reason);
        for (ImageBuild order : ImageBuild.waitingFor(bundleKey)) {
            order.failed(reason);
            outbox.publish(new ImageBuildFailed(order.orderId, reason));
        }
    }

    private BundleBuild lock(String bundleKey) {
        return Panache.getEntityManager().find(BundleBuild.class, bundleKey,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    private String toJson(BuiltBundle bundle) {
        try {
            return json.writeValueAsString(bundle);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a bundle summary", e);
        }
    }
}
