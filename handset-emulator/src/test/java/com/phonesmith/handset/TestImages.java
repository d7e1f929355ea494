package com.phonesmith.handset;

import com.phonesmith.contracts.image.ImageFormat;
import com.phonesmith.contracts.image.ImageManifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** System images in Phonesmith's image format, as os-image-builder makes them. */
final class TestImages {
    static final String FINGERPRINT = "phonesmith/nordvik-fjord/0.1:user/order-42/1:release-keys";

    private TestImages() {
    }

    static byte[] systemImage(String fingerprint, List<String> features, List<String> apps) {
        ImageManifest manifest = new ImageManifest("order-42", "nordvik-fjord", fingerprint, features, apps,
                List.of(new ImageManifest.PackageEntry("base", "1.0", "00".repeat(32), 6)));
        try {
            ByteArrayOutputStream image = new ByteArrayOutputStream();
            ImageFormat.writeHeader(manifest, image);
            image.write("base\n\u0000payload".getBytes(StandardCharsets.UTF_8));
            return image.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] systemImage() {
        return systemImage(FINGERPRINT, List.of("dark-mode", "vpn"), List.of("org.example.maps", "org.example.chat"));
    }
}
