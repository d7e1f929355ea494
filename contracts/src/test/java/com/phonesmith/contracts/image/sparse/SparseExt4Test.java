package com.phonesmith.contracts.image.sparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparseExt4Test {
    @TempDir
    Path dir;

    @Test
    void anExt4ImageSurvivesWritingSplittingAndExpandingAndStillChecksClean() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/etc/phonesmith"));
        Files.writeString(content.resolve("build.prop"), "ro.build.fingerprint=phonesmith/test\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("content/README"), "a small file system\n".repeat(100), StandardCharsets.UTF_8);
        byte[] payload = new byte[3 << 20];
        new Random(41).nextBytes(payload);
        Files.write(Files.createDirectories(dir.resolve("content/app")).resolve("payload.bin"), payload);
        Path raw = dir.resolve("system.img");
        HostTools.mke2fsExt4(dir.resolve("content"), raw, "32M");

        SparseFile image = new SparseWriter().scan(raw);
        List<SparsePiece> pieces = SparseSplitter.split(image, 1 << 20);
        List<Path> files = SparseSplitter.writePieces(pieces, dir.resolve("pieces"), "system");
        Path expanded = dir.resolve("expanded.img");
        HostTools.simg2img(files, expanded);

        assertThat(Files.size(raw)).isEqualTo(32L << 20);
        assertThat(image.sizeBytes()).as("sparse size").isLessThan(Files.size(raw) / 2);
        assertThat(pieces).hasSizeGreaterThan(3)
                .allSatisfy(piece -> assertThat(piece.sizeBytes()).isLessThanOrEqualTo(1 << 20));
        assertThat(Files.mismatch(expanded, raw)).isEqualTo(-1);
        assertThat(HostTools.e2fsckCheck(expanded)).doesNotContain("UNEXPECTED INCONSISTENCY");
    }
}
