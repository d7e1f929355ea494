package com.phonesmith.factory.support;

import com.phonesmith.contracts.image.bundle.BundleEntry;
import com.phonesmith.contracts.image.bundle.FactoryBundle;
import com.phonesmith.contracts.image.bundle.FactoryBundleWriter;
import com.phonesmith.contracts.image.sparse.SparseReader;
import com.phonesmith.handset.fixtures.TestBundles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Factory bundles for tests, signed with {@link #TEST_BUNDLES}'s key, which the rack's handsets trust
 * ({@link HandsetRackTestResource}); made in one temporary folder that goes when the JVM ends.
 */
public final class Bundles {
    public static final TestBundles TEST_BUNDLES = new TestBundles();
    private static Path folder;

    private Bundles() {
    }

    public static String fingerprint(String model, String orderId) {
        return "phonesmith/" + model + "/1.0:user/" + orderId + "/1:release-keys";
    }

    /** A bundle for the board that boots the build with the fingerprint, signed with the key the handsets trust. */
    public static TestBundles.Bundle make(String board, String fingerprint) {
        return make(TEST_BUNDLES, board, fingerprint);
    }

    public static TestBundles.Bundle make(TestBundles signer, String board, String fingerprint) {
        return make(signer, board, fingerprint, List.of("microg"), List.of("firefox"));
    }

    /** A bundle as {@link #make(String, String)} whose build has exactly these OS features and apps installed. */
    public static TestBundles.Bundle make(String board, String fingerprint, List<String> features, List<String> apps) {
        return make(TEST_BUNDLES, board, fingerprint, features, apps);
    }

    private static TestBundles.Bundle make(TestBundles signer, String board, String fingerprint, List<String> features,
            List<String> apps) {
        try {
            return signer.make(TestBundles.Spec.of(board, fingerprint, features, apps), folder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same signed bundle with one partition's sparse image replaced by the raw image it expands to (8 MiB), which
     * the factory then sends whole: the signed digest is of the raw bytes, so the handset still boots it.
     */
    public static TestBundles.Bundle withRawImage(TestBundles.Bundle bundle, String rawPartition) {
        try {
            Path work = Files.createTempDirectory(folder(), "raw-" + rawPartition + "-");
            Path file = Files.createTempFile(folder(), "bundle-raw-", ".zip");
            try (FactoryBundle original = FactoryBundle.open(bundle.file());
                    OutputStream out = Files.newOutputStream(file)) {
                List<BundleEntry> images = new ArrayList<>();
                for (String partition : original.partitions()) {
                    Path image = original.extract(partition, work.resolve(partition + ".img"));
                    if (partition.equals(rawPartition)) {
                        Path raw = work.resolve(partition + ".raw");
                        SparseReader.expand(image, raw);
                        image = raw;
                    }
                    images.add(new BundleEntry(partition + ".img", image));
                }
                FactoryBundleWriter.write(out, original.board(), images, original.vbmeta(), new byte[0]);
            }
            return new TestBundles.Bundle(file, sha256(file), Files.size(file), bundle.partitions());
        } catch (IOException | FactoryBundle.InvalidBundle e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serves the bundle from the shared artifact server; its URL. */
    public static String serve(String path, TestBundles.Bundle bundle) {
        return ArtifactServer.shared().serve(path, bytes(bundle));
    }

    public static byte[] bytes(TestBundles.Bundle bundle) {
        try {
            return Files.readAllBytes(bundle.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("factory-bundles-");
            Path created = folder;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created)));
        }
        return folder;
    }

    private static void delete(Path tree) {
        try (Stream<Path> files = Files.walk(tree)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
