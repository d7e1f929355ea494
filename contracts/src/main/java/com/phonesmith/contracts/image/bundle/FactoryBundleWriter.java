package com.phonesmith.contracts.image.bundle;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a factory bundle in the layout of Android's factory images, which AOSP's {@code fastboot update}
 * flashes: {@code android-info.txt} naming the board, the partition images and {@code vbmeta.img}, plus the
 * bill of materials. Entries are stored uncompressed (partition images do not compress, and the handset reads
 * them as they are), in a fixed order, with a fixed time: the same inputs give the same bytes, so a bundle can
 * be written again from its parts whenever it is needed instead of being kept whole.
 */
public final class FactoryBundleWriter {
    /** DOS time of every entry (local fields only, so the time zone of the machine does not matter). */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
    public static final String ANDROID_INFO = "android-info.txt";
    public static final String VBMETA = "vbmeta.img";
    public static final String SBOM = "sbom.cdx.json";
    /** Small enough that the zip's CRC-32 and a digest downstream find the bytes still in the core's cache. */
    private static final int COPY_BUFFER_BYTES = 256 << 10;

    /** Writes the content of a part into the bundle; called once per write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;

        /** The bytes a stream reads, copied a quarter of a megabyte at a time. */
        static Content opened(Opener opener) {
            return out -> {
                try (InputStream in = opener.open()) {
                    byte[] buffer = new byte[COPY_BUFFER_BYTES];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        out.write(buffer, 0, n);
                    }
                }
            };
        }
    }

    /** Opens the bytes of a part. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** A part known only when its turn in the bundle comes, such as an image still being built elsewhere. */
    @FunctionalInterface
    public interface Pending {
        Part get() throws IOException;
    }

    /** Bytes known only when their turn comes: the descriptor is signed once every image is hashed. */
    @FunctionalInterface
    public interface PendingBytes {
        byte[] get() throws IOException;
    }

    /** A partition image of the bundle, its size and CRC-32 known beforehand (a stored entry needs both first). */
    public record Part(String name, long sizeBytes, long crc32, Content content) {
        public static Part of(String name, byte[] bytes) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return new Part(name, bytes.length, crc.getValue(), out -> out.write(bytes));
        }
    }

    private FactoryBundleWriter() {
    }

    /** What {@code fastboot update} checks before flashing: the handset's {@code product} must be the board. */
    public static String androidInfo(String board) {
        return "require board=" + board + "\n";
    }

    /** Writes a bundle of image files, reading each twice (once for its CRC-32). */
    public static void write(OutputStream target, String board, List<BundleEntry> images, byte[] vbmeta, byte[] sbom)
            throws IOException {
        List<Part> parts = new ArrayList<>();
        for (BundleEntry image : images) {
            parts.add(new Part(image.name(), Files.size(image.file()), crcOf(image),
                    Content.opened(() -> Files.newInputStream(image.file()))));
        }
        writeParts(target, board, parts, vbmeta, sbom);
    }

    public static void writeParts(OutputStream target, String board, List<Part> images, byte[] vbmeta, byte[] sbom)
            throws IOException {
        List<Pending> pending = new ArrayList<>();
        for (Part image : images) {
            pending.add(() -> image);
        }
        writePending(target, board, pending, () -> vbmeta, () -> sbom);
    }

    /**
     * Writes a bundle whose images, descriptor and bill of materials are each asked for when their turn comes, so
     * the first images can be written while the later ones, or the digests the descriptor signs, are still being
     * made.
     */
    public static void writePending(OutputStream target, String board, List<Pending> images, PendingBytes vbmeta,
            PendingBytes sbom) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(new Unclosable(target), 1 << 16))) {
            zip.setMethod(ZipOutputStream.STORED);
            put(zip, Part.of(ANDROID_INFO, androidInfo(board).getBytes(StandardCharsets.US_ASCII)));
            for (Pending image : images) {
                put(zip, image.get());
            }
            put(zip, Part.of(VBMETA, vbmeta.get()));
            put(zip, Part.of(SBOM, sbom.get()));
        }
    }

    private static void put(ZipOutputStream zip, Part part) throws IOException {
        ZipEntry entry = new ZipEntry(part.name());
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(part.sizeBytes());
        entry.setCompressedSize(part.sizeBytes());
        entry.setCrc(part.crc32());
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        part.content().writeTo(zip);
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

    /** The caller owns the target stream: closing the zip finishes it but leaves the target open. */
    private static final class Unclosable extends java.io.FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
