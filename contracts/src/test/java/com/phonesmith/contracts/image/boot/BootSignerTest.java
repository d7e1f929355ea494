package com.phonesmith.contracts.image.boot;

import static com.phonesmith.contracts.image.boot.BootFixtures.handsetPartitions;
import static com.phonesmith.contracts.image.boot.BootFixtures.newKeyPair;
import static com.phonesmith.contracts.image.boot.BootFixtures.unsignedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;

class BootSignerTest {
    private final KeyPair key = newKeyPair();
    private final String keyId = TrustedKeys.keyIdOf(key.getPublic());

    @Test
    void signingTheSameDescriptorTwiceWithTheSameKeyGivesIdenticalBytes() {
        byte[] first = BootSigner.sign(unsignedFor(handsetPartitions(), 3), key.getPrivate(), keyId).encode();
        byte[] second = BootSigner.sign(unsignedFor(handsetPartitions(), 3), key.getPrivate(), keyId).encode();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherKeyOrAnotherRollbackIndexGivesOtherBytes() {
        byte[] reference = BootSigner.sign(unsignedFor(handsetPartitions(), 3), key.getPrivate(), keyId).encode();
        KeyPair other = newKeyPair();

        assertThat(BootSigner.sign(unsignedFor(handsetPartitions(), 3), other.getPrivate(),
                TrustedKeys.keyIdOf(other.getPublic())).encode()).isNotEqualTo(reference);
        assertThat(BootSigner.sign(unsignedFor(handsetPartitions(), 4), key.getPrivate(), keyId).encode())
                .isNotEqualTo(reference);
    }

    @Test
    void theSignedDescriptorCarriesTheKeyIdAndAnEd25519Signature() {
        BootDescriptor signed = BootSigner.sign(unsignedFor(handsetPartitions(), 3), key.getPrivate(), keyId);

        assertThat(signed.keyId()).isEqualTo(keyId).matches("k-[0-9a-f]{16}");
        assertThat(signed.isSigned()).isTrue();
        assertThat(signed.signature()).hasSize(64);
    }

    @Test
    void aKeyThatIsNotEd25519IsRefused() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);

        assertThatThrownBy(() -> BootSigner.sign(unsignedFor(handsetPartitions(), 3), ec.generateKeyPair().getPrivate(),
                "k-0000000000000000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an Ed25519 private key");
    }

    @Test
    void aBlankKeyIdIsRefused() {
        assertThatThrownBy(() -> BootSigner.sign(unsignedFor(handsetPartitions(), 3), key.getPrivate(), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key id");
    }
}
