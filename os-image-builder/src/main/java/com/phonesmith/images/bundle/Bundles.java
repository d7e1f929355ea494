package com.phonesmith.images.bundle;

import com.phonesmith.images.artifacts.Artifacts;
import com.phonesmith.images.artifacts.ArtifactsConfig;
import com.phonesmith.images.partition.Ext4Maker;
import com.phonesmith.images.partition.PartitionBuilder;
import com.phonesmith.images.partition.ScratchSpace;
import com.phonesmith.images.release.SatResolver;
import com.phonesmith.images.signing.SigningKeys;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jboss.logging.Logger;

/**
 * The service's bundle pipeline and signing keys. Without e2fsprogs the service still starts (reads, downloads
 * and cache hits work) and every build fails saying what to install.
 */
@ApplicationScoped
@Startup
public class Bundles {
    private static final Logger LOG = Logger.getLogger(Bundles.class);
    /** Beside the keys: the public keys handsets and the factory trust, in the trusted-keys text form. */
    public static final String TRUSTED_KEYS_FILE = "trusted-keys.pem";

    private final SigningKeys keys;
    private final BundlePipeline pipeline;
    private final String missingTool;

    public Bundles(ArtifactsConfig config, Artifacts artifacts) throws IOException {
        this.keys = SigningKeys.open(config.keysDir());
        Ext4Maker ext4 = null;
        String missing = null;
        try {
            ext4 = config.mke2fs().isPresent() ? Ext4Maker.at(config.mke2fs().get()) : Ext4Maker.locate();
        } catch (Ext4Maker.Ext4ToolMissing e) {
            missing = e.getMessage();
            LOG.warn(missing + "; image builds will fail until it is installed");
        }
        this.missingTool = missing;
        this.pipeline = new BundlePipeline(artifacts.store(), ext4 == null ? null : new PartitionBuilder(ext4), keys,
                new SatResolver(), config.rollbackIndex(), scratchSpace(config.scratch()));
        publishTrustedKeys();
    }

    private static ScratchSpace scratchSpace(ArtifactsConfig.Scratch config) {
        if (!config.inMemory()) {
            return ScratchSpace.onDisk();
        }
        ScratchSpace space = ScratchSpace.inMemory(config.memoryDir());
        if (space.memoryFolder().isEmpty()) {
            LOG.warn(config.memoryDir() + " cannot be written: trees and raw images are made on the store's disk");
        }
        return space;
    }

    public BundlePipeline pipeline() {
        return pipeline;
    }

    public SigningKeys keys() {
        return keys;
    }

    /** Why nothing can be built on this machine, if that is so. */
    public java.util.Optional<String> missingTool() {
        return java.util.Optional.ofNullable(missingTool);
    }

    /** Writes the trusted keys file (after a start, a rotation or a retirement), atomically. */
    public synchronized void publishTrustedKeys() throws IOException {
        Path target = keys.folder().resolve(TRUSTED_KEYS_FILE);
        Path temp = Files.createTempFile(keys.folder(), "trusted-", ".tmp");
        Files.writeString(temp, keys.trusted().toPem());
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
