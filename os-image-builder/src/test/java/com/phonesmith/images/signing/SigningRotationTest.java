package com.phonesmith.images.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.contracts.image.boot.BootDescriptor;
import com.phonesmith.contracts.image.boot.BootVerifier;
import com.phonesmith.contracts.image.boot.PartitionHash;
import com.phonesmith.contracts.image.boot.PartitionReader;
import com.phonesmith.contracts.image.boot.TrustedKeys;
import com.phonesmith.contracts.image.boot.Verdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image builder signs with the folder's keys; a device trusts what the folder trusts. */
class SigningRotationTest {
    private static final byte[] SYSTEM = "the system partition of a fjord".repeat(5000).getBytes(StandardCharsets.UTF_8);
    private static final byte[] BOOT = "the boot partition".repeat(700).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDir;

    private final BootVerifier verifier = new BootVerifier();
    private final PartitionReader device = name -> Optional.ofNullable(Map.of("system", SYSTEM, "boot", BOOT).get(name))
            .map(bytes -> (InputStream) new ByteArrayInputStream(bytes));

    private static BootDescriptor unsigned(long rollbackIndex) throws IOException {
        return BootDescriptor.unsigned(rollbackIndex, "1.0",
                "phonesmith/nordvik-fjord/nordvik-fjord:1.0/3f9a0c1d2e4b/7:user/release-keys",
                List.of(new PartitionHash("system", SYSTEM.length,
                                BootVerifier.sha256(new ByteArrayInputStream(SYSTEM), SYSTEM.length)),
                        new PartitionHash("boot", BOOT.length,
                                BootVerifier.sha256(new ByteArrayInputStream(BOOT), BOOT.length))));
    }

    @Test
    void aDescriptorSignedWithTheActiveKeyVerifiesAgainstTheFoldersTrustedKeys() throws IOException {
        SigningKeys keys = SigningKeys.open(dataDir.resolve("signing-keys"));

        byte[] descriptor = keys.sign(unsigned(1)).encode();
        Verdict verdict = verifier.verify(descriptor, keys.trusted(), device, 0);

        assertThat(verdict.ok()).as(verdict.reason()).isTrue();
        assertThat(verdict.descriptor()).get().extracting(BootDescriptor::keyId).isEqualTo(keys.active().keyId());
    }

    @Test
    void signingTwiceWithTheFoldersKeyGivesIdenticalBytes() throws IOException {
        SigningKeys keys = SigningKeys.open(dataDir.resolve("signing-keys"));

        byte[] first = keys.sign(unsigned(1)).encode();
        byte[] second = SigningKeys.open(dataDir.resolve("signing-keys")).sign(unsigned(1)).encode();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void afterRotationOldDescriptorsStillVerifyNewOnesUseTheNewKeyAndRetiringTheOldKeyRefusesTheOld()
            throws IOException {
        SigningKeys keys = SigningKeys.open(dataDir.resolve("signing-keys"));
        String oldKey = keys.active().keyId();
        byte[] signedBefore = keys.sign(unsigned(1)).encode();

        String newKey = keys.rotate().keyId();
        byte[] signedAfter = keys.sign(unsigned(2)).encode();

        assertThat(verifier.verify(signedBefore, keys.trusted(), device, 0).ok()).isTrue();
        assertThat(BootDescriptor.decode(signedAfter).keyId()).isEqualTo(newKey).isNotEqualTo(oldKey);
        assertThat(verifier.verify(signedAfter, keys.trusted(), device, 0).ok()).isTrue();

        keys.retire(oldKey);
        TrustedKeys trusted = TrustedKeys.parse(keys.trusted().toPem());

        Verdict old = verifier.verify(signedBefore, trusted, device, 0);
        assertThat(old.outcome()).isEqualTo(Verdict.Outcome.UNTRUSTED_KEY);
        assertThat(old.reason()).isEqualTo("signed with key " + oldKey + ", which this device does not trust");
        assertThat(verifier.verify(signedAfter, trusted, device, 0).ok()).isTrue();
    }
}
