package com.phonesmith.images.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.contracts.image.boot.BootDescriptor;
import com.phonesmith.contracts.image.boot.PartitionHash;
import com.phonesmith.contracts.image.bundle.FactoryBundleWriter;
import com.phonesmith.images.artifacts.ArtifactStore;
import com.phonesmith.images.artifacts.StoredArtifact;
import com.phonesmith.images.partition.BootImage;
import com.phonesmith.images.partition.BuildPhase;
import com.phonesmith.images.partition.CachedPartition;
import com.phonesmith.images.partition.PartitionBuilder;
import com.phonesmith.images.partition.PartitionCache;
import com.phonesmith.images.partition.ScratchSpace;
import com.phonesmith.images.release.PackagePartition;
import com.phonesmith.images.release.Release;
import com.phonesmith.images.release.ReleasePackage;
import com.phonesmith.images.release.Resolution;
import com.phonesmith.images.release.ResolvedPackage;
import com.phonesmith.images.release.SatResolver;
import com.phonesmith.images.release.Selection;
import com.phonesmith.images.release.UnresolvableSelection;
import com.phonesmith.images.signing.SigningKeys;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Builds the factory bundle of a configuration, or finds it in the cache. Every step is cached by a digest of
 * all its inputs: the system image per release and model, the vendor image per model, the product image per
 * configuration, and the bundle per configuration and signing key; a request whose bundle is cached builds
 * nothing. Concurrent requests for one key build it once (the others wait for that build). A cached partition
 * is checked against its digest when it is copied into a bundle, and built again if it is corrupt.
 */
public final class BundlePipeline {
    /** Part of every cache key: raise it when a change makes images differ from those already cached. */
    public static final String BUILDER_VERSION = "2";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Told how far a build is, from 0 to 100, and what it does now. */
    @FunctionalInterface
    public interface Progress {
        void at(int percent, String stage);

        static Progress none() {
            return (percent, stage) -> { };
        }
    }

    private final ArtifactStore store;
    private final PartitionCache partitions;
    private final SigningKeys keys;
    private final SatResolver resolver;
    private final long rollbackIndex;
    private final ConcurrentHashMap<String, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();
    private final Set<String> verifiedThisRun = ConcurrentHashMap.newKeySet();
    /** Builds the smaller partitions while the system image is built; idle threads end after a minute. */
    private final ExecutorService helpers = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "image-build-helper");
        thread.setDaemon(true);
        return thread;
    });

    /** Makes trees and raw images in memory when there is room ({@link ScratchSpace#SHARED_MEMORY}). */
    public BundlePipeline(ArtifactStore store, PartitionBuilder builder, SigningKeys keys, SatResolver resolver,
            long rollbackIndex) {
        this(store, builder, keys, resolver, rollbackIndex, ScratchSpace.inMemory(ScratchSpace.SHARED_MEMORY));
    }

    public BundlePipeline(ArtifactStore store, PartitionBuilder builder, SigningKeys keys, SatResolver resolver,
            long rollbackIndex, ScratchSpace scratch) {
        this.store = store;
        this.partitions = new PartitionCache(store, builder, helpers, scratch);
        this.keys = keys;
        this.resolver = resolver;
        this.rollbackIndex = rollbackIndex;
    }

    /** Resolves the selection and works out every cache key; builds nothing. */
    public BundlePlan plan(Release release, Selection selection) throws UnresolvableSelection {
        Resolution resolution = resolver.resolve(release, selection);
        String model = selection.model();
        String configKey = digest("configuration", BUILDER_VERSION, release.version(), model, resolution.digest(),
                String.join(",", selection.features()), String.join(",", selection.apps()));
        String systemKey = digest("system", BUILDER_VERSION, release.version(), model,
                names(resolution, PackagePartition.SYSTEM));
        String vendorKey = digest("vendor", BUILDER_VERSION, release.version(), model,
                names(resolution, PackagePartition.VENDOR));
        String fingerprint = "phonesmith/" + model + "/" + model + ":" + release.version() + "/"
                + configKey.substring(0, 12) + "/" + BUILDER_VERSION + ":user/release-keys";
        String productKey = digest("product", configKey);
        String keyId = keys.active().keyId();
        String bundleKey = digest("bundle", configKey, keyId, Long.toString(rollbackIndex));
        return new BundlePlan(release, selection, resolution, configKey, systemKey, vendorKey, productKey, keyId,
                rollbackIndex, bundleKey, fingerprint);
    }

    /**
     * The bundle of the plan if the store has it. The first time this process uses a cached bundle it checks the
     * bundle's bytes against its digest; a corrupt one is removed and reported missing, so it is built again.
     */
    public Optional<BuiltBundle> cached(BundlePlan plan) throws IOException {
        Optional<String> ref = store.readRef(bundleRef(plan.bundleKey()));
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        BuiltBundle bundle = parse(ref.get());
        Optional<BundleAssembly.Assembled> assembled = BundleAssembly.find(store, bundle.digest());
        if (assembled.isEmpty()) {
            return Optional.empty();
        }
        for (String part : assembled.get().layout().artifacts()) {
            if (!intact(part)) {
                store.deleteRef(bundleRef(plan.bundleKey()));
                BundleAssembly.forget(store, bundle.digest());
                return Optional.empty();
            }
            store.touch(part);
        }
        return Optional.of(bundle);
    }

    /**
     * Whether the artifact is in the store with the bytes of its digest: checked in full the first time this
     * process uses it (a corrupt one is removed, so whatever needs it is built again).
     */
    private boolean intact(String digest) throws IOException {
        if (verifiedThisRun.contains(digest)) {
            return store.find(digest).isPresent();
        }
        if (!store.verify(digest)) {
            return false;
        }
        verifiedThisRun.add(digest);
        return true;
    }

    /** The bundle of the plan: from the cache, from a build already running for it, or built now. */
    public BuiltBundle build(BundlePlan plan, Progress progress) throws IOException {
        Optional<BuiltBundle> hit = cached(plan);
        if (hit.isPresent()) {
            progress.at(100, "cached");
            return hit.get();
        }
        return once("bundle/" + plan.bundleKey(), () -> {
            Optional<BuiltBundle> meanwhile = cached(plan);
            return meanwhile.isPresent() ? meanwhile.get() : assemble(plan, progress);
        });
    }

    private BuiltBundle assemble(BundlePlan plan, Progress progress) throws IOException {
        List<ReleasePackage> packages = plan.resolution().packages().stream()
                .map(resolved -> plan.release().packageNamed(resolved.name()).orElseThrow())
                .toList();
        progress.at(5, "system image");
        // the system image is the largest by far: vendor, product and the bill of materials' file digests are
        // made on a second thread meanwhile (mke2fs, staging and hashing each keep one core busy)
        CompletableFuture<CachedPartition> vendorBuild = alongside(() -> partition("vendor", plan.vendorKey(),
                PartitionFiles.on(PackagePartition.VENDOR, packages), PartitionFiles.vendorProps(plan),
                PartitionCache.WhileWriting.nothing()));
        CompletableFuture<CachedPartition> productBuild = vendorBuild.thenApply(vendorDone -> unchecked(
                () -> partition("product", plan.productKey(), PartitionFiles.on(PackagePartition.PRODUCT, packages),
                        PartitionFiles.productProps(plan), PartitionCache.WhileWriting.nothing())));
        CompletableFuture<List<SbomComponent>> components = productBuild.thenApply(productDone -> sbomComponents(plan,
                packages));
        String systemFingerprint = "phonesmith/" + plan.model() + "/" + plan.model() + ":" + plan.release().version()
                + "/system-" + plan.systemKey().substring(0, 12) + "/" + BUILDER_VERSION + ":user/release-keys";
        // when this build writes the system image, the bundle's digest is computed from the same sparse image as
        // it is written (the system image is the bundle's first large entry), instead of reading it again from the
        // store afterwards; vendor, product, the descriptor and the bill of materials are awaited in their turn
        AtomicReference<CompletableFuture<Packed>> packedAlongside = new AtomicReference<>();
        CachedPartition system = partition("system", plan.systemKey(), PartitionFiles.on(PackagePartition.SYSTEM,
                packages), PartitionFiles.systemProps(plan, systemFingerprint), (facts, image) -> {
                    CompletableFuture<Void> imageRead = new CompletableFuture<>();
                    BundleLayout.Part part = new BundleLayout.Part("system.img", facts.sparseSize(),
                            facts.sparseCrc32(), null, null);
                    FactoryBundleWriter.Content content = out -> {
                        try {
                            image.writeTo(out);
                        } finally {
                            imageRead.complete(null);
                        }
                    };
                    packedAlongside.set(alongside(() -> {
                        try {
                            return pack(plan, part, facts.rawSize(), facts.rawSha256(), vendorBuild, productBuild,
                                    components, content);
                        } finally {
                            imageRead.complete(null);
                        }
                    }));
                    return imageRead;
                });
        progress.at(60, "vendor image");
        CachedPartition vendor = await(vendorBuild);
        progress.at(75, "product image");
        CachedPartition product = await(productBuild);
        progress.at(90, "signing and packing the bundle");
        BuildPhase checking = BuildPhase.start("bundle", "check cached parts");
        requireIntact(system, vendor, product);
        checking.done();
        BundleLayout.Part systemPart = new BundleLayout.Part("system.img", system.sparseSize(), system.sparseCrc32(),
                system.sparseDigest(), null);
        Packed packed = packedAlongside.get() != null ? await(packedAlongside.get())
                : pack(plan, systemPart, system.rawSize(), CompletableFuture.completedFuture(system.rawSha256()),
                        vendorBuild, productBuild, components, null);
        // the layout names the system image as stored (it had no digest yet while it was being written)
        List<BundleLayout.Part> images = packed.layout().images().stream()
                .map(part -> part.name().equals(systemPart.name()) ? systemPart : part).toList();
        BundleLayout layout = new BundleLayout(plan.model(), images, packed.layout().vbmeta(),
                packed.layout().sbom());
        BuildPhase recording = BuildPhase.start("bundle", "layout and references");
        BundleAssembly.record(store, new BundleAssembly.Assembled(packed.digest(), packed.sizeBytes(), layout));
        List<String> packageLines = plan.resolution().packages().stream()
                .map(p -> p.name() + " " + p.version()).toList();
        BuiltBundle bundle = new BuiltBundle(plan.bundleKey(), plan.configKey(), packed.digest(), packed.sizeBytes(),
                plan.fingerprint(), plan.release().version(), plan.model(), packed.keyId(), packed.hashes(),
                packageLines);
        store.writeRef(bundleRef(plan.bundleKey()), JSON.writeValueAsString(bundle));
        recording.done();
        progress.at(100, "built");
        return bundle;
    }

    /** A bundle's layout (its system part as given), signed digests, and its own digest and size. */
    private record Packed(BundleLayout layout, List<PartitionHash> hashes, String keyId, String digest,
            long sizeBytes) {
    }

    /**
     * Writes the bundle into its digest, to learn its digest and size without storing it: the system image's bytes
     * from systemBytes when given (as it is being written), else from the store. Each later part is awaited when its
     * turn comes: vendor and product, then the descriptor (signed once the system image's raw digest is known),
     * then the bill of materials.
     */
    private Packed pack(BundlePlan plan, BundleLayout.Part system, long systemRawSize,
            CompletableFuture<String> systemRawSha256, CompletableFuture<CachedPartition> vendorBuild,
            CompletableFuture<CachedPartition> productBuild, CompletableFuture<List<SbomComponent>> components,
            FactoryBundleWriter.Content systemBytes) throws IOException {
        byte[] boot = BootImage.forBoard(plan.model(), plan.release().version());
        List<BundleLayout.Part> images = new ArrayList<>();
        images.add(new BundleLayout.Part("boot.img", boot.length, crc32(boot), null, boot));
        images.add(system);
        List<FactoryBundleWriter.Pending> parts = new ArrayList<>();
        parts.add(() -> BundleAssembly.part(images.get(0), store));
        parts.add(() -> systemBytes == null ? BundleAssembly.part(system, store)
                : new FactoryBundleWriter.Part(system.name(), system.sizeBytes(), system.crc32(), systemBytes));
        for (CompletableFuture<CachedPartition> build : List.of(vendorBuild, productBuild)) {
            parts.add(() -> {
                CachedPartition partition = await(build);
                BundleLayout.Part part = new BundleLayout.Part(partition.name() + ".img", partition.sparseSize(),
                        partition.sparseCrc32(), partition.sparseDigest(), null);
                images.add(part);
                return BundleAssembly.part(part, store);
            });
        }
        AtomicReference<List<PartitionHash>> hashes = new AtomicReference<>();
        AtomicReference<BootDescriptor> signed = new AtomicReference<>();
        AtomicReference<byte[]> sbom = new AtomicReference<>();
        BuildPhase hashing = BuildPhase.start("bundle", systemBytes == null ? "bundle digest"
                : "bundle digest (alongside the system image's write)");
        MessageDigest sha = PartitionBuilder.newSha256();
        CountingOutputStream counted = new CountingOutputStream(
                new java.security.DigestOutputStream(OutputStream.nullOutputStream(), sha));
        FactoryBundleWriter.writePending(counted, plan.model(), parts, () -> {
            BuildPhase signing = BuildPhase.start("bundle", "signing");
            hashes.set(List.of(
                    new PartitionHash("boot", boot.length, sha256(boot)),
                    new PartitionHash("product", await(productBuild).rawSize(), await(productBuild).rawSha256()),
                    new PartitionHash("system", systemRawSize, await(systemRawSha256)),
                    new PartitionHash("vendor", await(vendorBuild).rawSize(), await(vendorBuild).rawSha256())));
            signed.set(keys.sign(BootDescriptor.unsigned(plan.rollbackIndex(), plan.release().version(),
                    plan.fingerprint(), hashes.get())));
            if (!signed.get().keyId().equals(plan.keyId())) {
                throw new IOException("the signing key changed during the build (" + plan.keyId() + " to "
                        + signed.get().keyId() + "); the request is planned again");
            }
            signing.done();
            return signed.get().encode();
        }, () -> {
            BuildPhase billing = BuildPhase.start("bundle", "bill of materials");
            sbom.set(Sbom.json(plan.bundleKey(), plan.fingerprint(), plan.release().version(), plan.model(),
                    await(components)));
            billing.done(sbom.get().length);
            return sbom.get();
        });
        String digest = HexFormat.of().formatHex(sha.digest());
        hashing.done(counted.count());
        BundleLayout layout = new BundleLayout(plan.model(), images, signed.get().encode(), sbom.get());
        return new Packed(layout, hashes.get(), signed.get().keyId(), digest, counted.count());
    }

    private static long crc32(byte[] bytes) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** Counts what passes through, to know a bundle's size without writing it anywhere. */
    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        long count() {
            return count;
        }
    }

    /**
     * A cached partition whose stored bytes no longer match their digest is forgotten (and no bundle is made of
     * it), so the retry builds it again.
     */
    private void requireIntact(CachedPartition... used) throws IOException {
        for (CachedPartition partition : used) {
            if (!intact(partition.sparseDigest())) {
                partitions.forget(partition.key());
                throw new CorruptArtifact("the cached " + partition.name() + " image was corrupt; it was removed "
                        + "and is built again on the next attempt");
            }
        }
    }

    private CachedPartition partition(String name, String key, List<ReleasePackage> packages, String props,
            PartitionCache.WhileWriting listener) throws IOException {
        Optional<CachedPartition> hit = partitions.find(key);
        if (hit.isPresent()) {
            return hit.get();
        }
        return once("partition/" + key, () -> {
            Optional<CachedPartition> meanwhile = partitions.find(key);
            if (meanwhile.isPresent()) {
                return meanwhile.get();
            }
            CachedPartition built = partitions.build(name, key, () -> PartitionFiles.of(packages, props), listener);
            verifiedThisRun.add(built.sparseDigest());
            return built;
        });
    }

    /** Runs the work once per key at a time: concurrent callers for the same key wait for the one running. */
    @SuppressWarnings("unchecked")
    private <T> T once(String key, IoSupplier<T> work) throws IOException {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return (T) running.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw new IOException(io.getMessage(), io);
                }
                throw e;
            }
        }
        try {
            T result = work.get();
            mine.complete(result);
            return result;
        } catch (IOException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    @FunctionalInterface
    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    /** Runs the work on a helper thread. */
    private <T> CompletableFuture<T> alongside(IoSupplier<T> work) {
        return CompletableFuture.supplyAsync(() -> unchecked(work), helpers);
    }

    private static <T> T unchecked(IoSupplier<T> work) {
        try {
            return work.get();
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    /** The result of work on a helper thread, its failure thrown as it was thrown there. */
    private static <T> T await(CompletableFuture<T> work) throws IOException {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static List<SbomComponent> sbomComponents(BundlePlan plan, List<ReleasePackage> packages) {
        BuildPhase hashing = BuildPhase.start("bundle", "package file digests");
        List<SbomComponent> components = new ArrayList<>();
        for (ReleasePackage pkg : packages) {
            MessageDigest sha = PartitionBuilder.newSha256();
            pkg.files().forEach(file -> sha.update((file.path() + "\0" + file.sha256() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            components.add(new SbomComponent(pkg.name(), pkg.version(), pkg.partition().name().toLowerCase(
                    java.util.Locale.ROOT), HexFormat.of().formatHex(sha.digest())));
        }
        hashing.done();
        return components;
    }

    private static String names(Resolution resolution, PackagePartition partition) {
        StringBuilder lines = new StringBuilder();
        for (ResolvedPackage pkg : resolution.packages()) {
            if (pkg.partition() == partition) {
                lines.append(pkg.name()).append('=').append(pkg.version()).append('\n');
            }
        }
        return lines.toString();
    }

    static String digest(String... parts) {
        MessageDigest sha = PartitionBuilder.newSha256();
        for (String part : parts) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(PartitionBuilder.newSha256().digest(bytes));
    }

    private static String bundleRef(String key) {
        return "bundle/" + key;
    }

    private static BuiltBundle parse(String json) throws IOException {
        try {
            return JSON.readValue(json, BuiltBundle.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable bundle reference", e);
        }
    }

    /** A cached artifact whose bytes no longer match its digest. */
    public static final class CorruptArtifact extends IOException {
        CorruptArtifact(String message) {
            super(message);
        }
    }
}
