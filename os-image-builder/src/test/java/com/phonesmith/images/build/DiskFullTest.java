package com.phonesmith.images.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.phonesmith.images.artifacts.ArtifactStore;
import com.phonesmith.images.bundle.BuiltBundle;
import com.phonesmith.images.bundle.BundlePipeline;
import com.phonesmith.images.bundle.BundlePlan;
import com.phonesmith.images.partition.Ext4Maker;
import com.phonesmith.images.partition.PartitionBuilder;
import com.phonesmith.images.release.Release;
import com.phonesmith.images.release.SatResolver;
import com.phonesmith.images.release.SeedRelease;
import com.phonesmith.images.release.Selection;
import com.phonesmith.images.signing.SigningKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that really fills up in the middle of a build: the artifact store lies on a file system of its own (a tmpfs
 * mounted for the test) too small for the bundle. The build fails saying the disk is full, leaves no temporary file
 * and no half-written artifact (whatever the store holds still matches its digest), and once there is room the same
 * build succeeds with a bundle bit-identical to one built on a roomy disk.
 */
class DiskFullTest {
    static final Release RELEASE = SeedRelease.generate(new SeedRelease.Sizes(6L << 20, 2L << 20, 128L << 10));
    static final Selection FJORD = new Selection("nordvik-fjord", List.of("microg"), List.of("firefox", "signal"));

    @TempDir
    Path keys;
    @TempDir
    Path roomy;
    @TempDir
    Path mountPoint;
    private boolean mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", mountPoint.toString());
        }
    }

    @Test
    void aBuildOnADiskThatFillsUpFailsSayingSoLeavesNoHalfWrittenArtifactAndSucceedsOnceThereIsRoom()
            throws Exception {
        SigningKeys signing = SigningKeys.open(keys);
        BuiltBundle reference = pipeline(roomy, signing).build(pipeline(roomy, signing).plan(RELEASE, FJORD),
                BundlePipeline.Progress.none());
        long needed = bytesUnder(roomy);
        mountSmallDisk(needed / 2);
        Path store = mountPoint.resolve("store");

        BundlePipeline onSmallDisk = pipeline(store, signing);
        BundlePlan plan = onSmallDisk.plan(RELEASE, FJORD);
        IOException full = catchThrowableOfType(() -> onSmallDisk.build(plan, BundlePipeline.Progress.none()),
                IOException.class);

        assertThat(full).as("the build on a disk with half the room it needs").isNotNull();
        assertThat(BundleWorker.describe(full)).startsWith("the artifact store's disk is full");
        try (Stream<Path> files = Files.walk(store)) {
            List<Path> left = files.filter(Files::isRegularFile).toList();
            assertThat(left).as("temporary files left").noneMatch(file -> file.toString().endsWith(".part"));
            ArtifactStore artifacts = new ArtifactStore(store);
            for (Path file : left) {
                String name = file.getFileName().toString();
                if (file.getParent().getParent().equals(store) && ArtifactStore.isDigest(name.split("\\.")[0])) {
                    assertThat(artifacts.verify(name.split("\\.")[0])).as("stored " + name + " is whole").isTrue();
                }
            }
        }
        assertThat(onSmallDisk.cached(plan)).as("no bundle is recorded for the failed build").isEmpty();

        assertThat(run("mount", "-o", "remount,size=" + (needed * 3), mountPoint.toString())).isNull();
        BuiltBundle built = pipeline(store, signing).build(plan, BundlePipeline.Progress.none());

        assertThat(built.digest()).isEqualTo(reference.digest());
        assertThat(pipeline(store, signing).cached(plan)).map(BuiltBundle::digest).contains(reference.digest());
    }

    private static BundlePipeline pipeline(Path store, SigningKeys signing) throws Exception {
        return new BundlePipeline(new ArtifactStore(store), new PartitionBuilder(Ext4Maker.locate()), signing,
                new SatResolver(), 1);
    }

    /** A tmpfs of this size on the mount point; the test is skipped, saying why, where nothing may be mounted. */
    private void mountSmallDisk(long bytes) throws Exception {
        String problem = run("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", mountPoint.toString());
        Assumptions.assumeTrue(problem == null, () -> "a disk that fills up needs a small file system of its own,"
                + " and this machine does not let the test mount one (root with the right to mount): " + problem);
        mounted = true;
    }

    /** Runs the command; null when it succeeded, else what it printed. */
    private static String run(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return String.join(" ", command) + " did not finish";
        }
        return process.exitValue() == 0 ? null : String.join(" ", command) + ": " + output.strip();
    }

    private static long bytesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
