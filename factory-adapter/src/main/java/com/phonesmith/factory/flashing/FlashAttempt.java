package com.phonesmith.factory.flashing;

import com.phonesmith.factory.stock.HandsetView;
import com.phonesmith.factory.workorder.FlashAssignment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * One attempt to put a work order's factory bundle on its handset: download it, check its digest, unpack it (the
 * right board, a well-formed bundle signed by a key the factory trusts), flash it, and check the read-back: every signed partition holds its
 * signed digest and the handset booted. Any other outcome is a {@link FlashStepException}.
 */
final class FlashAttempt {
    private final ArtifactDownloader downloader;
    private final HandsetFlasher flasher;
    private final Function<String, Optional<HandsetView>> handsets;
    private final TrustedBundleKeys trustedKeys;

    /** @param handsets the stock's handset by IMEI */
    FlashAttempt(ArtifactDownloader downloader, HandsetFlasher flasher,
            Function<String, Optional<HandsetView>> handsets, TrustedBundleKeys trustedKeys) {
        this.downloader = downloader;
        this.flasher = flasher;
        this.handsets = handsets;
        this.trustedKeys = trustedKeys;
    }

    /** Works in folder, which the caller removes afterwards. */
    FlashedBundle run(FlashAssignment job, Path folder, byte[] activationSecret) throws FlashStepException {
        DownloadedArtifact artifact = downloader.download(job.imageUrl(), folder.resolve("bundle.zip"));
        if (!Digests.same(artifact.sha256(), job.imageDigest())) {
            throw FlashStepException.retryable(FlashStepException.DOWNLOAD, "downloaded bundle has digest "
                    + artifact.sha256() + ", expected " + Digests.hex(job.imageDigest()) + " (" + artifact.sizeBytes()
                    + " bytes from " + job.imageUrl() + ")");
        }
        UnpackedBundle bundle = BundleUnpacker.unpack(artifact.file(), job.variant().model(), folder,
                trustedKeys.current());
        deleteQuietly(artifact.file()); // the extracted images are all that is flashed
        FlashTarget target = targetOf(job);
        Readback readback = flasher.flash(target, bundle, job.imei(), activationSecret);
        // Flashed is only ever published for a handset that holds exactly the bundle's signed partitions
        ReadbackCheck.requireSignedImageBooted(target, readback, bundle.signedDigests());
        return new FlashedBundle(artifact.sha256(), bundle.signedDigests(), readback);
    }

    private FlashTarget targetOf(FlashAssignment job) throws FlashStepException {
        HandsetView handset = handsets.apply(job.imei()).orElseThrow(() -> FlashStepException.permanent(
                FlashStepException.FLASH, "reserved handset " + job.imei() + " is not in the stock"));
        if (!handset.atStation()) {
            throw FlashStepException.retryable(FlashStepException.FLASH, "reserved handset " + job.imei()
                    + " is not at a station yet: it was received into stock and waits to be plugged into a port");
        }
        return new FlashTarget(handset.stationHost(), handset.stationPort(), handset.serial());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the work folder goes as a whole afterwards
        }
    }
}
