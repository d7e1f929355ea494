package com.phonesmith.factory.flashing;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A factory bundle ready to flash: its partition images in flashing order, the signed boot descriptor for the
 * vbmeta partition, and the SHA-256 the descriptor signed for the raw bytes of each partition (by partition name).
 */
public record UnpackedBundle(String board, List<PartitionImage> images, byte[] vbmeta,
        Map<String, String> signedDigests) {
    public UnpackedBundle {
        images = List.copyOf(images);
        vbmeta = vbmeta.clone();
        signedDigests = Collections.unmodifiableMap(new TreeMap<>(signedDigests));
    }

    @Override
    public byte[] vbmeta() {
        return vbmeta.clone();
    }
}
