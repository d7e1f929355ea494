package com.phonesmith.contracts.image.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A factory bundle read back: the board it requires, its partition images ({@code <partition>.img}, in the
 * order they are in the zip) and its boot descriptor ({@code vbmeta.img}). Malformed bundles are refused with
 * an {@link InvalidBundle} saying why.
 */
public final class FactoryBundle implements AutoCloseable {
    /** The partitions a bundle may carry, in the order a factory flashes them (the descriptor last). */
    public static final List<String> PARTITIONS = List.of("boot", "system", "vendor", "product");
    private static final Pattern BOARD = Pattern.compile("(?m)^require\\s+board=([A-Za-z0-9._-]+)\\s*$");
    private static final long MAX_SMALL_ENTRY = 1 << 20;

    private final ZipFile zip;
    private final String board;
    private final Map<String, ZipEntry> images;
    private final byte[] vbmeta;

    private FactoryBundle(ZipFile zip, String board, Map<String, ZipEntry> images, byte[] vbmeta) {
        this.zip = zip;
        this.board = board;
        this.images = images;
        this.vbmeta = vbmeta;
    }

    public static FactoryBundle open(Path file) throws IOException, InvalidBundle {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new InvalidBundle("not a zip file: " + e.getMessage());
        }
        try {
            String info = new String(small(zip, FactoryBundleWriter.ANDROID_INFO), StandardCharsets.UTF_8);
            Matcher board = BOARD.matcher(info);
            if (!board.find()) {
                throw new InvalidBundle(FactoryBundleWriter.ANDROID_INFO + " names no board");
            }
            byte[] vbmeta = small(zip, FactoryBundleWriter.VBMETA);
            Map<String, ZipEntry> images = new LinkedHashMap<>();
            for (String partition : PARTITIONS) {
                ZipEntry entry = zip.getEntry(partition + ".img");
                if (entry != null) {
                    images.put(partition, entry);
                }
            }
            if (!images.containsKey("system")) {
                throw new InvalidBundle("the bundle has no system.img");
            }
            return new FactoryBundle(zip, board.group(1), images, vbmeta);
        } catch (IOException | InvalidBundle | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static byte[] small(ZipFile zip, String name) throws IOException, InvalidBundle {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new InvalidBundle("the bundle has no " + name);
        }
        if (entry.getSize() > MAX_SMALL_ENTRY) {
            throw new InvalidBundle(name + " is " + entry.getSize() + " bytes, more than a bundle's " + name
                    + " can be");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readNBytes((int) MAX_SMALL_ENTRY + 1);
        }
    }

    /** The board ({@code product} of a handset) the bundle is for. */
    public String board() {
        return board;
    }

    /** The partitions with an image in the bundle, in flashing order. */
    public List<String> partitions() {
        return new ArrayList<>(images.keySet());
    }

    /** The signed boot descriptor, as flashed to the vbmeta partition. */
    public byte[] vbmeta() {
        return vbmeta.clone();
    }

    public InputStream open(String partition) throws IOException {
        ZipEntry entry = images.get(partition);
        if (entry == null) {
            throw new IllegalArgumentException("the bundle has no " + partition + ".img");
        }
        return zip.getInputStream(entry);
    }

    /** Copies one partition's image out to a file (it stays in the format it has in the bundle). */
    public Path extract(String partition, Path target) throws IOException {
        try (InputStream in = open(partition)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Any other entry, e.g. the bill of materials. */
    public Optional<byte[]> entry(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Optional.of(in.readAllBytes());
        }
    }

    public List<String> entryNames() {
        List<String> names = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            names.add(entries.nextElement().getName());
        }
        return names;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** The file is not a factory bundle, or lacks what one must have. */
    public static final class InvalidBundle extends Exception {
        public InvalidBundle(String message) {
            super(message);
        }
    }
}
