package com.phonesmith.factory.support;

import com.phonesmith.contracts.image.ImageFormat;
import com.phonesmith.contracts.image.ImageManifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** OS images in the real Phonesmith layout (header written by ImageFormat, then a payload), for tests. */
public final class TestImages {
    private TestImages() {
    }

    public static String fingerprint(String model, String orderId) {
        return "phonesmith/" + model + "/1.0:user/" + orderId + "/1:release-keys";
    }

    /** An image for the order whose manifest reports the fingerprint, followed by payloadBytes of package data. */
    public static byte[] image(String orderId, String model, String fingerprint, int payloadBytes) {
        ImageManifest manifest = new ImageManifest(orderId, model, fingerprint, List.of("microg", "privacy-dns"),
                List.of("firefox", "signal"), List.of(new ImageManifest.PackageEntry("firefox", "128.0", "ab12", 4096)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageFormat.writeHeader(manifest, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] payload = new byte[payloadBytes];
        new Random(orderId.hashCode()).nextBytes(payload);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
