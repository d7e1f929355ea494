package com.phonesmith.images.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.images.artifacts.Artifacts;
import com.phonesmith.images.bundle.BuiltBundle;
import com.phonesmith.images.bundle.BundlePlan;
import com.phonesmith.images.bundle.Bundles;
import com.phonesmith.images.release.Selection;
import com.phonesmith.images.release.UnresolvableSelection;
import com.phonesmith.images.releases.Releases;
import com.phonesmith.platform.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The image of an order: its configuration is resolved against the current release at once (a selection that
 * cannot be installed fails here, announced with ImageBuildFailed and its reason), then the order waits for its
 * configuration's bundle, which is built once however many orders share it. When that bundle is already built
 * the order gets ImageReady in the same transaction. A repeated command for a built order publishes its
 * ImageReady again; one for a failed order tries again.
 */
@ApplicationScoped
public class ImageBuildService {
    private static final Logger LOG = Logger.getLogger(ImageBuildService.class);
    /** First key of this service's advisory locks (the second is the order id's hash). */
    private static final int ORDER_LOCK_SPACE = 8084;

    private final Bundles bundles;
    private final Releases releases;
    private final BundleBuildService bundleBuilds;
    private final Artifacts artifacts;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    public ImageBuildService(Bundles bundles, Releases releases, BundleBuildService bundleBuilds, Artifacts artifacts,
            Outbox outbox, Clock clock, ObjectMapper json, MeterRegistry metrics) {
        this.bundles = bundles;
        this.releases = releases;
        this.bundleBuilds = bundleBuilds;
        this.artifacts = artifacts;
        this.outbox = outbox;
        this.clock = clock;
        this.json = json;
        this.metrics = metrics;
    }

    @Transactional
    public void build(BuildImage command) {
        String orderId = command.orderId();
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalArgumentException("BuildImage without an orderId");
        }
        lockOrder(orderId);
        Optional<ImageBuild> existing = ImageBuild.forOrder(orderId);
        if (existing.isPresent() && existing.get().status == BuildStatus.BUILT) {
            ImageBuild build = existing.get();
            LOG.infof("order %s already has its image (%s); publishing ImageReady again", orderId, build.digest);
            outbox.publish(new ImageReady(orderId, build.digest, build.sizeBytes, artifacts.urlOf(build.digest),
                    build.fingerprint));
            count("repeated");
            return;
        }
        ImageBuild build = existing.orElseGet(() -> ImageBuild.start(nextBuildNumber(), orderId, clock.instant()));
        BundlePlan plan;
        try {
            plan = bundles.pipeline().plan(releases.current(), new Selection(command.model(),
                    nullSafe(command.features()), nullSafe(command.apps())));
        } catch (UnresolvableSelection e) {
            build.failed(e.getMessage());
            build.persist();
            outbox.publish(new ImageBuildFailed(orderId, e.getMessage()));
            LOG.warnf("image of order %s cannot be built: %s", orderId, e.getMessage());
            count("failed");
            return;
        }
        BundleBuild bundle = bundleBuilds.enqueue(plan, inStore(plan));
        build.waitFor(plan.bundleKey());
        build.persist();
        if (bundle.status == BuildStatus.BUILT) {
            bundleBuilds.settleBuilt(build, bundle);
            count("cached");
        } else {
            LOG.infof("order %s waits for bundle %s (%s)", orderId, plan.bundleKey(), bundle.status);
            count("queued");
        }
    }

    private boolean inStore(BundlePlan plan) {
        try {
            return bundles.pipeline().cached(plan).isPresent();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The build record of an order, if it has one. */
    public Optional<BuildView> find(String orderId) {
        return ImageBuild.forOrder(orderId).map(this::viewOf);
    }

    private BuildView viewOf(ImageBuild build) {
        boolean built = build.status == BuildStatus.BUILT;
        return new BuildView(build.orderId, build.id, build.status, build.bundleKey, build.digest, build.sizeBytes,
                build.fingerprint, built ? artifacts.urlOf(build.digest) : null,
                build.manifest == null ? null : fromJson(build.manifest), build.error, build.createdAt,
                build.builtAt);
    }

    /** Serialises builds of one order (Kafka already does, by key; this also holds across a rebalance). */
    private void lockOrder(String orderId) {
        Panache.getEntityManager()
                .createNativeQuery("select 1 from pg_advisory_xact_lock(:space, hashtext(:orderId))")
                .setParameter("space", ORDER_LOCK_SPACE)
                .setParameter("orderId", orderId)
                .getSingleResult();
    }

    private long nextBuildNumber() {
        Object next = Panache.getEntityManager().createNativeQuery("select nextval('image_build_id_seq')")
                .getSingleResult();
        return ((Number) next).longValue();
    }

    private BuiltBundle fromJson(String summary) {
        try {
            return json.readValue(summary, BuiltBundle.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored bundle summary does not parse", e);
        }
    }

    private static List<String> nullSafe(List<String> items) {
        return items == null ? List.of() : items;
    }

    private void count(String outcome) {
        metrics.counter("images.builds", "outcome", outcome).increment();
    }
}
