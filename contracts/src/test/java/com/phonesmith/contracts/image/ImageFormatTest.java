package com.phonesmith.contracts.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageFormatTest {

    @Test
    void theManifestWrittenAtTheStartOfAnImageIsReadBack() throws Exception {
        ImageManifest manifest = new ImageManifest("order-1", "lumo-one", "phonesmith/lumo-one/x", List.of("microg"),
                List.of("firefox"), List.of(new ImageManifest.PackageEntry("app-firefox", "128.0", "ab", 10)));
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        ImageFormat.writeHeader(manifest, image);
        image.write(new byte[] {1, 2, 3});

        assertThat(ImageFormat.readManifest(new ByteArrayInputStream(image.toByteArray()))).contains(manifest);
    }

    @Test
    void bytesThatAreNotAPhonesmithImageHaveNoManifest() throws Exception {
        byte[] other = "ANDROID!\u0000\u0000boot image".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(ImageFormat.readManifest(new ByteArrayInputStream(other))).isEmpty();
        assertThat(ImageFormat.readManifest(new ByteArrayInputStream(new byte[0]))).isEmpty();
    }

    @Test
    void aTruncatedManifestIsNotAManifest() throws Exception {
        byte[] truncated = (ImageFormat.MAGIC + "\n{\"orderId\":\"o").getBytes(StandardCharsets.US_ASCII);

        assertThat(ImageFormat.readManifest(new ByteArrayInputStream(truncated))).isEmpty();
    }
}
