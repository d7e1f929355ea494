package com.phonesmith.factory.flashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.contracts.image.boot.TrustedKeys;
import com.phonesmith.handset.fixtures.TestBundles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustedBundleKeysTest {
    @TempDir
    Path folder;

    @Test
    void theKeysAreReadFromTheFileAndAgainOnceItChangesSoARotatedKeyIsTrustedWithoutARestart() throws Exception {
        TestBundles first = new TestBundles();
        TestBundles rotated = new TestBundles();
        Path file = Files.writeString(folder.resolve("trusted-keys.pem"), first.trusted().toPem());
        TrustedBundleKeys keys = new TrustedBundleKeys(file);

        assertThat(keys.current().keyIds()).containsExactly(first.keyId());

        TrustedKeys both = first.trusted().with(rotated.trusted().find(rotated.keyId()).orElseThrow());
        Files.writeString(file, both.toPem());
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(keys.current().keyIds()).containsExactlyInAnyOrder(first.keyId(), rotated.keyId());
    }

    @Test
    void aFileMissingOrUnreadableNowIsRetriedNamingIt() throws Exception {
        Path missing = folder.resolve("not-yet-published.pem");
        Path garbled = Files.writeString(folder.resolve("garbled.pem"), "Key-Id: k-0\nnot a key\n");

        assertThatThrownBy(() -> new TrustedBundleKeys(missing).current())
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).contains(missing.toString());
                });
        assertThatThrownBy(() -> new TrustedBundleKeys(garbled).current())
                .isInstanceOfSatisfying(FlashStepException.class, e -> assertThat(e.retryable()).isTrue());
    }
}
