package com.phonesmith.factory.flashing;

import com.phonesmith.contracts.image.boot.BootDescriptor;
import com.phonesmith.contracts.image.boot.BootVerifier;
import com.phonesmith.contracts.image.boot.PartitionHash;
import com.phonesmith.contracts.image.boot.TrustedKeys;
import com.phonesmith.contracts.image.boot.Verdict;
import com.phonesmith.contracts.image.bundle.FactoryBundle;
import com.phonesmith.contracts.image.sparse.SparseFormatException;
import com.phonesmith.contracts.image.sparse.SparseReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Opens a downloaded factory bundle and takes out what the flasher sends. A bundle that cannot be right for the
 * handset (not a bundle, built for another board, a descriptor not signed by a key the factory trusts, a descriptor
 * that does not vouch for exactly the images it comes with, an image that is not a valid sparse image) is refused
 * for good, before anything is written: flashing it again changes nothing.
 */
public final class BundleUnpacker {
    private BundleUnpacker() {
    }

    private static final BootVerifier VERIFIER = new BootVerifier();

    /**
     * Extracts the bundle's images into folder, after checking it is a well-formed bundle for this model whose
     * descriptor one of the trusted keys signed.
     */
    public static UnpackedBundle unpack(Path bundleFile, String model, Path folder, TrustedKeys trusted)
            throws FlashStepException {
        try (FactoryBundle bundle = FactoryBundle.open(bundleFile)) {
            if (!bundle.board().equals(model)) {
                throw refused("it is for board " + bundle.board() + ", the reserved handset is a " + model);
            }
            byte[] vbmeta = bundle.vbmeta();
            Map<String, String> signed = signedDigests(vbmeta, trusted);
            if (!new TreeSet<>(bundle.partitions()).equals(signed.keySet())) {
                throw refused("its descriptor vouches for " + String.join(", ", signed.keySet())
                        + " but it carries images of " + String.join(", ", bundle.partitions()));
            }
            List<PartitionImage> images = new ArrayList<>();
            for (String partition : bundle.partitions()) {
                images.add(extract(bundle, partition, folder));
            }
            return new UnpackedBundle(bundle.board(), images, vbmeta, signed);
        } catch (FactoryBundle.InvalidBundle e) {
            throw refused(e.getMessage());
        } catch (IOException e) {
            throw FlashStepException.retryable(FlashStepException.FLASH, "could not unpack the bundle: " + e);
        }
    }

    private static Map<String, String> signedDigests(byte[] vbmeta, TrustedKeys trusted) throws FlashStepException {
        Verdict verdict = VERIFIER.verifySignature(vbmeta, trusted);
        BootDescriptor descriptor = verdict.descriptor().orElseThrow(() -> refused(switch (verdict.outcome()) {
            case UNTRUSTED_KEY -> "its descriptor is signed with key " + BootDescriptor.decode(vbmeta).keyId()
                    + ", which the factory does not trust";
            case BAD_SIGNATURE -> "its descriptor's signature does not match: it was altered or signed with"
                    + " another key";
            default -> "its vbmeta.img is not a boot descriptor: "
                    + verdict.reason().replaceFirst("^malformed descriptor: ", "");
        }));
        Map<String, String> digests = new LinkedHashMap<>();
        for (PartitionHash partition : descriptor.partitions()) {
            digests.put(partition.name(), partition.sha256Hex());
        }
        return digests;
    }

    private static PartitionImage extract(FactoryBundle bundle, String partition, Path folder)
            throws IOException, FlashStepException {
        Path file = bundle.extract(partition, folder.resolve(partition + ".img"));
        if (!SparseReader.isSparse(file)) {
            return new PartitionImage(partition, file, false);
        }
        try {
            SparseReader.open(file);
        } catch (SparseFormatException e) {
            throw refused(partition + ".img is not a valid sparse image: " + e.getMessage());
        }
        return new PartitionImage(partition, file, true);
    }

    private static FlashStepException refused(String reason) {
        return FlashStepException.permanent(FlashStepException.FLASH, "the bundle is refused: " + reason);
    }
}
