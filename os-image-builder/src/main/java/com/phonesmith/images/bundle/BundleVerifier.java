package com.phonesmith.images.bundle;

import com.phonesmith.contracts.image.boot.BootVerifier;
import com.phonesmith.contracts.image.boot.TrustedKeys;
import com.phonesmith.contracts.image.boot.Verdict;
import com.phonesmith.contracts.image.bundle.FactoryBundle;
import com.phonesmith.contracts.image.sparse.SparseReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a factory bundle as a handset's verified boot would: the descriptor's signature against the trusted
 * keys, then every partition image (expanded from sparse) against its signed digest.
 */
public final class BundleVerifier {
    private BundleVerifier() {
    }

    public static Verdict verify(Path bundleFile, TrustedKeys trusted, Path workDir) throws IOException,
            FactoryBundle.InvalidBundle {
        Path work = Files.createTempDirectory(Files.createDirectories(workDir), "verify-");
        try (FactoryBundle bundle = FactoryBundle.open(bundleFile)) {
            Map<String, Path> raw = new HashMap<>();
            for (String partition : bundle.partitions()) {
                Path image = bundle.extract(partition, work.resolve(partition + ".img"));
                if (SparseReader.isSparse(image)) {
                    Path expanded = work.resolve(partition + ".raw");
                    SparseReader.expand(image, expanded);
                    Files.delete(image);
                    image = expanded;
                }
                raw.put(partition, image);
            }
            return new BootVerifier().verify(bundle.vbmeta(), trusted, name -> raw.containsKey(name)
                    ? Optional.of(Files.newInputStream(raw.get(name))) : Optional.empty(), 0);
        } finally {
            try (var files = Files.walk(work)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
