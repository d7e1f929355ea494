package com.phonesmith.images.bundle;

import java.util.List;

/**
 * How a bundle's bytes are made from its parts: the board, the partition images (each an artifact of the store,
 * with its size and CRC-32, or small bytes kept inline), the descriptor and the bill of materials. A bundle is
 * kept as this layout, not as a copy of its partitions: thousands of configurations share one system image, and
 * the zip is written again, byte for byte, whenever it is downloaded.
 */
public record BundleLayout(String board, List<Part> images, byte[] vbmeta, byte[] sbom) {
    /** A partition image: an artifact digest, or the bytes themselves (the small boot image). */
    public record Part(String name, long sizeBytes, long crc32, String artifact, byte[] inline) {
    }

    public BundleLayout {
        images = List.copyOf(images);
    }

    /** The artifacts the bundle is made of. */
    public List<String> artifacts() {
        return images.stream().map(Part::artifact).filter(java.util.Objects::nonNull).toList();
    }
}
