package com.phonesmith.images.releases;

import com.phonesmith.images.artifacts.ArtifactsConfig;
import com.phonesmith.images.release.InvalidRelease;
import com.phonesmith.images.release.Release;
import com.phonesmith.images.release.ReleaseImport;
import com.phonesmith.images.release.ReleaseIndex;
import com.phonesmith.images.release.SeedRelease;
import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The OS releases images are built from: the generated seed release (its sizes from configuration) and every
 * imported release. An import is checked as a whole (every dependency resolvable, no path installed twice, the
 * catalog's codes mapped) and refused with every problem named; a release version is never changed once
 * imported.
 */
@ApplicationScoped
public class Releases {
    private static final Logger LOG = Logger.getLogger(Releases.class);
    private final ArtifactsConfig config;
    private final Clock clock;
    private final Map<String, Release> parsed = new ConcurrentHashMap<>();
    private volatile Release seed;

    public Releases(ArtifactsConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The release new builds use ({@code images.release}). */
    public Release current() {
        return find(config.release()).orElseThrow(() -> new IllegalStateException("the configured release "
                + config.release() + " is neither the seed release nor imported"));
    }

    public Optional<Release> find(String version) {
        if (SeedRelease.VERSION.equals(version)) {
            return Optional.of(seed());
        }
        Release cached = parsed.get(version);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<OsRelease> stored = OsRelease.findByIdOptional(version);
        return stored.map(row -> parsed.computeIfAbsent(version, v -> parse(row.indexJson)));
    }

    public List<ReleaseSummary> list() {
        List<ReleaseSummary> all = new ArrayList<>();
        Release seedRelease = seed();
        all.add(new ReleaseSummary(seedRelease.version(), seedRelease.packages().size(), null, true,
                seedRelease.version().equals(config.release()), null));
        for (OsRelease row : OsRelease.<OsRelease>listAll()) {
            all.add(new ReleaseSummary(row.version, row.packages, row.digest, false,
                    row.version.equals(config.release()), row.importedAt));
        }
        return all;
    }

    /** Imports a release index; an identical re-import answers the stored release (idempotent). */
    @Transactional
    public ReleaseSummary importIndex(byte[] json) {
        Release release;
        try {
            release = ReleaseImport.parse(new ByteArrayInputStream(json));
        } catch (InvalidRelease e) {
            throw ProblemException.invalid(e.problems().stream()
                    .map(problem -> new Problem.FieldError("release", problem)).toList());
        } catch (IOException e) {
            throw ProblemException.badRequest("release", "not a release index: " + e.getMessage());
        }
        if (SeedRelease.VERSION.equals(release.version())) {
            throw ProblemException.conflict("version", "release " + release.version() + " is the seed release and "
                    + "cannot be replaced");
        }
        // the stored index carries every file's digest (those given were checked), so builds never hash files
        String canonical = ReleaseIndex.toJson(release.withFileDigests());
        String digest = sha256(canonical);
        Optional<OsRelease> existing = OsRelease.findByIdOptional(release.version());
        if (existing.isPresent()) {
            // an index stored before indexes carried their files' digests is compared as it would be stored now
            if (!existing.get().digest.equals(digest) && !digest.equals(sha256(ReleaseIndex.toJson(
                    parse(existing.get().indexJson).withFileDigests())))) {
                throw ProblemException.conflict("version", "release " + release.version() + " was already imported "
                        + "with other contents; a changed release needs a new version");
            }
            return summary(existing.get());
        }
        OsRelease row = new OsRelease();
        row.version = release.version();
        row.digest = digest;
        row.indexJson = canonical;
        row.packages = release.packages().size();
        row.importedAt = clock.instant();
        row.persist();
        parsed.put(release.version(), release);
        return summary(row);
    }

    private ReleaseSummary summary(OsRelease row) {
        return new ReleaseSummary(row.version, row.packages, row.digest, false, row.version.equals(config.release()),
                row.importedAt);
    }

    /** Makes the seed release and hashes its files in the background at start, so no first build waits for it. */
    void prepareSeed(@Observes StartupEvent started) {
        Thread preparing = new Thread(() -> {
            try {
                seed();
            } catch (RuntimeException e) {
                LOG.warn("the seed release could not be prepared at start; the first request that needs it tries "
                        + "again", e);
            }
        }, "seed-release");
        preparing.setDaemon(true);
        preparing.start();
    }

    private Release seed() {
        Release current = seed;
        if (current == null) {
            synchronized (this) {
                if (seed == null) {
                    seed = SeedRelease.generate(new SeedRelease.Sizes(config.seed().systemMib() << 20,
                            config.seed().vendorMib() << 20, config.seed().productKibPerPackage() << 10))
                            .withFileDigests();
                }
                current = seed;
            }
        }
        return current;
    }

    private static Release parse(String json) {
        try {
            return ReleaseIndex.fromJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored release index does not parse", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
