package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.phonesmith.contracts.image.sparse.SparseFile;
import com.phonesmith.contracts.image.sparse.SparsePiece;
import com.phonesmith.contracts.image.sparse.SparseSplitter;
import com.phonesmith.contracts.image.sparse.SparseWriter;
import com.phonesmith.handset.RawFastbootHost.Reply;
import com.phonesmith.handset.fixtures.TestBundles;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our sparse images, split to fit a small download buffer, flashed to virtual handsets: piece by piece over our
 * own fastboot connection, and whole by AOSP's fastboot, which splits them itself.
 */
class SparsePiecesFlashTest {
    private static final int BLOCK = 4096;
    private static final long LIMIT = 1 << 20;

    @TempDir
    Path firstDataDir;
    @TempDir
    Path secondDataDir;
    @TempDir
    Path files;
    Handset first;
    Path raw;

    @BeforeEach
    void startHandsetAndMakeImage() throws IOException {
        first = HandsetFixture.start(firstDataDir);
        raw = Files.write(files.resolve("system.img"), systemImage());
    }

    @AfterEach
    void stopHandset() {
        first.close();
    }

    @Test
    void ourPiecesFlashedOneAfterAnotherLeaveThePartitionByteIdenticalToTheRawImage() throws Exception {
        List<SparsePiece> pieces = SparseSplitter.split(new SparseWriter().scan(raw), LIMIT);

        flashPieces(first, pieces);

        assertThat(pieces).hasSizeGreaterThan(2)
                .allSatisfy(piece -> assertThat(piece.sizeBytes()).isLessThanOrEqualTo(LIMIT));
        byte[] expected = Files.readAllBytes(raw);
        assertThat(first.flashedImage(Partition.SYSTEM)).hasValueSatisfying(
                stored -> assertThat(stored).hasBinaryContent(expected));
        assertThat(first.flashedDigest(Partition.SYSTEM)).contains(sha256(raw));
    }

    @Test
    void aospFastbootFlashingOurSparseImageWritesTheSameBytesAsOurPieces() throws Exception {
        Path fastboot = fastboot();
        SparseFile image = new SparseWriter().scan(raw);
        Path sparse = files.resolve("system.simg");
        image.writeTo(sparse);
        flashPieces(first, SparseSplitter.split(image, LIMIT));

        try (Handset second = HandsetFixture.start(secondDataDir)) {
            String output = run(fastboot, "-s", "tcp:" + second.host() + ":" + second.port(), "-S", "1M", "flash",
                    "system", sparse.toString());

            assertThat(output).contains("Sending sparse 'system_a' 1/");
            Path byFastboot = second.flashedImage(Partition.SYSTEM).orElseThrow();
            Path byOurPieces = first.flashedImage(Partition.SYSTEM).orElseThrow();
            assertThat(Files.mismatch(byFastboot, byOurPieces)).as("first differing byte").isEqualTo(-1);
            assertThat(Files.mismatch(byFastboot, raw)).as("first byte differing from the raw image").isEqualTo(-1);
        }
    }

    @Test
    void aSignedBundleWithALargeSystemPartitionFlashedInPiecesBoots() throws Exception {
        TestBundles.Bundle bundle = HandsetFixture.BUNDLES.make(HandsetFixture.SPEC.withSystemPayload(3 << 20), files);

        new BundleFlasher(first, files).downloadLimit(LIMIT).flashAndReboot(bundle);

        assertThat(first.bootState()).isEqualTo(BootState.BOOTED);
        assertThat(first.flashedDigest(Partition.SYSTEM)).contains(bundle.partitionDigest("system"));
    }

    /** One download and flash:system per piece, each piece streamed from its source file in 64 KiB packets. */
    private static void flashPieces(Handset handset, List<SparsePiece> pieces) throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(Long.decode(host.getvar("max-download-size"))).isGreaterThanOrEqualTo(LIMIT);
            for (SparsePiece piece : pieces) {
                Reply downloaded = host.download(piece.sizeBytes(), piece::writeTo);
                assertThat(downloaded).as("download of %s", piece).extracting(Reply::type).isEqualTo("OKAY");
                Reply flashed = host.command("flash:system");
                assertThat(flashed).as("flash of %s", piece).extracting(Reply::type).isEqualTo("OKAY");
            }
        }
    }

    /** A raw image of random data, zeros, patterned blocks and single odd blocks, 5 MiB in all. */
    private static byte[] systemImage() {
        ByteBuffer image = ByteBuffer.allocate(5 << 20).order(ByteOrder.LITTLE_ENDIAN);
        Random random = new Random(17);
        byte[] noise = new byte[(3 << 20) / 2 + BLOCK];
        random.nextBytes(noise);
        image.put(noise);
        image.position(image.position() + (1 << 20)); // zeros
        for (int i = 0; i < 64 * BLOCK / 4; i++) {
            image.putInt(0xA5A5F00D);
        }
        while (image.remaining() >= 2 * BLOCK) {
            byte[] block = new byte[BLOCK];
            random.nextBytes(block);
            image.put(block);
            image.position(image.position() + BLOCK * random.nextInt(2));
        }
        return image.array();
    }

    private static Path fastboot() {
        Optional<Path> found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "fastboot")).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            String skip = AospFastbootInteropTest.SKIP_VARIABLE;
            assumeFalse("1".equals(System.getenv(skip)), skip + "=1: fastboot interop skipped");
            fail("The AOSP fastboot binary is not on PATH. Install the Debian package fastboot"
                    + " (apt-get install -y fastboot) or set " + skip + "=1 to skip this test.");
        }
        return found.get();
    }

    private static String run(Path tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(tool.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("did not finish: " + command);
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code of %s, output:%n%s", command, text).isZero();
        return text;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
