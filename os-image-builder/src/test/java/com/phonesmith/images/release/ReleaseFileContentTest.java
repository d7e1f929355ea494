package com.phonesmith.images.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ReleaseFileContentTest {

    @Test
    void inlineTextIsItsUtf8BytesAndItsDigestIsTheirSha256() throws Exception {
        PackageFile file = PackageFile.text("/etc/permissions/x.xml", 0644, "<permissions>é</permissions>\n");

        byte[] expected = "<permissions>é</permissions>\n".getBytes(StandardCharsets.UTF_8);
        assertThat(file.size()).isEqualTo(expected.length);
        assertThat(file.open().readAllBytes()).isEqualTo(expected);
        assertThat(file.sha256()).isEqualTo(sha256(expected));
    }

    @Test
    void generatedContentIsTheSha256CounterStreamOfItsSeedCutToTheSize() throws Exception {
        PackageFile file = PackageFile.generated("/lib64/libx.so", 0644, 100, "libx@1.0:/lib64/libx.so");

        byte[] expected = counterStream("libx@1.0:/lib64/libx.so", 100);
        assertThat(file.open().readAllBytes()).isEqualTo(expected);
        assertThat(file.sha256()).isEqualTo(sha256(expected));
    }

    @Test
    void readingByteByByteGivesTheSameBytesAsReadingInChunksAcrossBlockBoundaries() throws Exception {
        PackageFile file = PackageFile.generated("/firmware/x.bin", 0644, 1000, "seed");
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        try (InputStream in = file.open()) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                single.write(b);
            }
        }
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        try (InputStream in = file.open()) {
            byte[] buffer = new byte[45];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                chunked.write(buffer, 0, n);
            }
        }

        assertThat(single.toByteArray()).isEqualTo(counterStream("seed", 1000)).isEqualTo(chunked.toByteArray());
    }

    @Test
    void aLargeGeneratedFileIsHashedAsAStreamAndTheDigestIsComputedOnce() throws Exception {
        long size = 3L * 1024 * 1024 + 7;
        PackageFile file = PackageFile.generated("/lib64/libbig.so", 0644, size, "big");
        MessageDigest streamed = MessageDigest.getInstance("SHA-256");
        long read = 0;
        try (InputStream in = file.open()) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                streamed.update(buffer, 0, n);
                read += n;
            }
        }

        String digest = file.sha256();
        assertThat(read).isEqualTo(size);
        assertThat(digest).isEqualTo(HexFormat.of().formatHex(streamed.digest()));
        assertThat(file.sha256()).isSameAs(digest);
    }

    @Test
    void writingAFileWritesTheBytesItOpensWith() throws Exception {
        PackageFile file = PackageFile.generated("/app/X/X.apk", 0644, 333, "x");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        file.writeTo(out);

        assertThat(out.toByteArray()).isEqualTo(file.open().readAllBytes());
    }

    @Test
    void writingAFileToAChannelWritesTheBytesItOpensWithWhateverItsSize() throws Exception {
        for (long size : new long[] {0, 1, 7, 8, 9, (256 << 10) - 1, 256 << 10, (256 << 10) + 5, (1 << 20) + 3}) {
            PackageFile file = PackageFile.generated("/firmware/x.bin", 0644, size, "channel-" + size);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            file.writeTo(java.nio.channels.Channels.newChannel(out));

            assertThat(out.toByteArray()).as("%d bytes", size).isEqualTo(file.open().readAllBytes());
        }
        PackageFile text = PackageFile.text("/etc/x.conf", 0644, "x=1\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        text.writeTo(java.nio.channels.Channels.newChannel(out));
        assertThat(out.toByteArray()).isEqualTo("x=1\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyGeneratedFileHasTheDigestOfNothing() throws Exception {
        PackageFile file = PackageFile.generated("/etc/empty", 0644, 0, "empty");

        assertThat(file.open().read()).isEqualTo(-1);
        assertThat(file.sha256()).isEqualTo(sha256(new byte[0]));
    }

    /** The generated stream as its definition says: SplitMix64 outputs, big endian, keyed by SHA-256(seed NUL). */
    private static byte[] counterStream(String seed, int size) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest((seed + "\0").getBytes(StandardCharsets.UTF_8));
        long key = ByteBuffer.wrap(hash, 0, 8).getLong();
        ByteBuffer out = ByteBuffer.allocate(size + 8);
        for (long block = 0; out.position() < size; block++) {
            long z = key + (block + 1) * 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            out.putLong(z ^ (z >>> 31));
        }
        return java.util.Arrays.copyOf(out.array(), size);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
