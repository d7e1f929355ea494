package com.phonesmith.images.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.image.ImageManifest;
import com.phonesmith.images.artifacts.Artifacts;
import com.phonesmith.images.packages.Configuration;
import com.phonesmith.images.packages.PackageIndex;
import com.phonesmith.images.packages.PackageSpec;
import com.phonesmith.images.packages.UnresolvableConfigurationException;
import com.phonesmith.platform.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Builds the image of an order, once: resolves its configuration to packages, writes the image into the
 * artifact store, records the build and publishes {@link ImageReady} in one transaction. A repeated command
 * for an order that already has an image publishes ImageReady for that image again; a configuration that
 * cannot be resolved is recorded as a FAILED build and announced with {@link ImageBuildFailed} in the same
 * transaction (a later command for the order tries again, and announces a repeated failure again).
 */
@ApplicationScoped
public class ImageBuildService {
    private static final Logger LOG = Logger.getLogger(ImageBuildService.class);
    /** First key of this service's advisory locks (the second is the order id's hash). */
    private static final int ORDER_LOCK_SPACE = 8084;

    private final PackageIndex packageIndex;
    private final Artifacts artifacts;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    public ImageBuildService(PackageIndex packageIndex, Artifacts artifacts, Outbox outbox, Clock clock,
            ObjectMapper json, MeterRegistry metrics) {
        this.packageIndex = packageIndex;
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
            LOG.infof("order %s already has image build %d (%s); publishing ImageReady again", orderId, build.id,
                    build.digest);
            outbox.publish(readyOf(build));
            count("repeated");
            return;
        }
        ImageBuild build = existing.orElseGet(() -> ImageBuild.start(nextBuildNumber(), orderId, clock.instant()));
        Configuration configuration = new Configuration(command.model(), command.features(), command.apps());
        List<PackageSpec> packages;
        try {
            packages = packageIndex.resolver().resolve(configuration);
        } catch (UnresolvableConfigurationException e) {
            build.failed(e.getMessage());
            build.persist();
            outbox.publish(new ImageBuildFailed(orderId, e.getMessage()));
            LOG.warnf("image build %d of order %s FAILED: %s", build.id, orderId, e.getMessage());
            count("failed");
            return;
        }
        BuiltImage image;
        try {
            image = new ImageBuilder(artifacts.store()).build(orderId, configuration, packages, build.id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the image of order " + orderId, e);
        }
        build.built(image.artifact().digest(), image.artifact().sizeBytes(), image.manifest().fingerprint(),
                toJson(image.manifest()), clock.instant());
        build.persist();
        outbox.publish(readyOf(build));
        LOG.infof("built image %d of order %s: %d packages, %d bytes, %s", build.id, orderId, packages.size(),
                build.sizeBytes, build.digest);
        count("built");
    }

    /** The build record of an order, if it has one. */
    public Optional<BuildView> find(String orderId) {
        return ImageBuild.forOrder(orderId).map(this::viewOf);
    }

    private BuildView viewOf(ImageBuild build) {
        boolean built = build.status == BuildStatus.BUILT;
        return new BuildView(build.orderId, build.id, build.status, build.digest, build.sizeBytes,
                build.fingerprint, built ? artifacts.urlOf(build.digest) : null,
                build.manifest == null ? null : fromJson(build.manifest), build.error, build.createdAt,
                build.builtAt);
    }

    private ImageReady readyOf(ImageBuild build) {
        return new ImageReady(build.orderId, build.digest, build.sizeBytes, artifacts.urlOf(build.digest),
                build.fingerprint);
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

    private String toJson(ImageManifest manifest) {
        try {
            return json.writeValueAsString(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the manifest of order " + manifest.orderId(), e);
        }
    }

    private ImageManifest fromJson(String manifest) {
        try {
            return json.readValue(manifest, ImageManifest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored manifest does not parse", e);
        }
    }

    private void count(String outcome) {
        metrics.counter("images.builds", "outcome", outcome).increment();
    }
}
