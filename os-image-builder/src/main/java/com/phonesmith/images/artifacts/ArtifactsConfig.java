package com.phonesmith.images.artifacts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

@ConfigMapping(prefix = "images")
public interface ArtifactsConfig {
    /** Root folder of the artifact store (env IMAGES_STORE_DIR). */
    @WithDefault("${user.home}/.phonesmith/artifacts")
    Path storeDir();

    /** Base URL clients download artifacts from, without a trailing slash (env IMAGES_PUBLIC_URL). */
    @WithDefault("http://127.0.0.1:8084")
    String publicUrl();

    /** The store's size limit in MiB: the least recently used artifacts are removed beyond it. */
    @WithDefault("20480")
    long storeLimitMib();

    /** Folder of the signing keys, outside the repository (env IMAGES_KEYS_DIR); a dev key is made there. */
    @WithDefault("${user.home}/.phonesmith/signing-keys")
    Path keysDir();

    /** Where mke2fs is; by default it is looked for on the PATH and in the sbin folders. */
    java.util.Optional<Path> mke2fs();

    /** How many bundles are built at once: a launch queues its builds instead of exhausting the machine. */
    @WithDefault("2")
    int buildThreads();

    /** How often a failed build (other than a selection that cannot be built) is tried before it fails. */
    @WithDefault("3")
    int buildAttempts();

    /** The OS release images are built from: the generated seed release or one imported. */
    @WithDefault("1.0")
    String release();

    /** The rollback index signed into every descriptor: raise it to stop handsets booting older releases. */
    @WithDefault("1")
    long rollbackIndex();

    /**
     * How long a claimed build stays with its worker without a heartbeat: a builder that dies (SIGKILL, power) gives
     * its builds back after this, so the orders waiting for them are late by this much, not by a whole build.
     */
    @WithDefault("60s")
    java.time.Duration buildLease();

    /** How often a worker renews the leases of the builds it is running; keep it well under the lease. */
    @WithDefault("15s")
    String buildHeartbeat();

    /** How often the worker looks for queued builds (it claims as many as it has free threads). */
    @WithDefault("1s")
    String workerPoll();

    /** How often the store is brought back under its size limit. */
    @WithDefault("10m")
    String janitorInterval();

    /** Where partition trees and raw images are made while they are built. */
    Scratch scratch();

    interface Scratch {
        /**
         * Make them in memory when it has room (they are thrown away once the sparse image is stored); false: always
         * in the store's scratch folder on disk (env IMAGES_SCRATCH_IN_MEMORY).
         */
        @WithDefault("true")
        boolean inMemory();

        /** The memory file system they are made in, in a folder phonesmith-images/ of its own. */
        @WithDefault("/dev/shm")
        Path memoryDir();
    }

    /** Sizes of the generated seed release (production: 300 MiB of system, 48 MiB of vendor per model). */
    Seed seed();

    interface Seed {
        @WithDefault("300")
        long systemMib();

        @WithDefault("48")
        long vendorMib();

        @WithDefault("3584")
        long productKibPerPackage();
    }
}
