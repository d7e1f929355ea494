package com.phonesmith.contracts.image.bundle;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a factory bundle in the layout of Android's factory images, which AOSP's {@code fastboot update}
 * flashes: {@code android-info.txt} naming the board, the partition images and {@code vbmeta.img}, plus the
 * bill of materials. Entries are stored uncompressed (partition images do not compress, and the handset reads
 * them as they are), in a fixed order, with a fixed time: the same inputs give the same bytes.
 */
public final class FactoryBundleWriter {
    /** DOS time of every entry (local fields only, so the time zone of the machine does not matter). */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
    public static final String ANDROID_INFO = "android-info.txt";
    public static final String VBMETA = "vbmeta.img";
    public static final String SBOM = "sbom.cdx.json";

    private FactoryBundleWriter() {
    }

    /** What {@code fastboot update} checks before flashing: the handset's {@code product} must be the board. */
    public static String androidInfo(String board) {
        return "require board=" + board + "\n";
    }

    public static void write(OutputStream target, String board, List<BundleEntry> images, byte[] vbmeta, byte[] sbom)
            throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(target, 1 << 16))) {
            zip.setMethod(ZipOutputStream.STORED);
            putBytes(zip, ANDROID_INFO, androidInfo(board).getBytes(StandardCharsets.US_ASCII));
            for (BundleEntry image : images) {
                putFile(zip, image);
            }
            putBytes(zip, VBMETA, vbmeta);
            putBytes(zip, SBOM, sbom);
        }
    }

    private static void putBytes(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        zip.putNextEntry(stored(name, bytes.length, crc.getValue()));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void putFile(ZipOutputStream zip, BundleEntry image) throws IOException {
        long size = Files.size(image.file());
        zip.putNextEntry(stored(image.name(), size, crcOf(image)));
        try (InputStream in = Files.newInputStream(image.file())) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    private static long crcOf(BundleEntry image) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(image.file())) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    private static ZipEntry stored(String name, long size, long crc) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }
}
