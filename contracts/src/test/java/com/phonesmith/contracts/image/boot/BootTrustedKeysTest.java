package com.phonesmith.contracts.image.boot;

import static com.phonesmith.contracts.image.boot.BootFixtures.newKeyPair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BootTrustedKeysTest {
    private final KeyPair first = newKeyPair();
    private final KeyPair second = newKeyPair();

    @Test
    void trustedKeysSurviveAPemRoundTrip() {
        TrustedKeys keys = TrustedKeys.of(first.getPublic(), second.getPublic());

        TrustedKeys read = TrustedKeys.parse(keys.toPem());

        assertThat(read).isEqualTo(keys);
        assertThat(read.keyIds()).containsExactlyInAnyOrder(TrustedKeys.keyIdOf(first.getPublic()),
                TrustedKeys.keyIdOf(second.getPublic()));
        assertThat(read.find(TrustedKeys.keyIdOf(first.getPublic()))).get()
                .extracting(k -> HexFormat.of().formatHex(k.getEncoded()))
                .isEqualTo(HexFormat.of().formatHex(first.getPublic().getEncoded()));
        assertThat(read.toPem()).isEqualTo(keys.toPem());
    }

    @Test
    void theTextFormIsAKeyIdLineThenAStandardPublicKeyPemBlock() {
        String id = TrustedKeys.keyIdOf(first.getPublic());

        String text = TrustedKeys.of(first.getPublic()).toPem();

        assertThat(text).startsWith("Key-Id: " + id + "\n-----BEGIN PUBLIC KEY-----\n")
                .endsWith("-----END PUBLIC KEY-----\n");
        assertThat(Pem.parsePublicKey(text).getEncoded()).isEqualTo(first.getPublic().getEncoded());
    }

    @Test
    void commentsBlankLinesAndWindowsLineEndsAreAccepted() {
        String text = "# trusted boot keys of the fjord line\r\n\r\n"
                + TrustedKeys.entry(first.getPublic()).replace("\n", "\r\n") + "\n\n"
                + TrustedKeys.entry(second.getPublic());

        assertThat(TrustedKeys.parse(text)).isEqualTo(TrustedKeys.of(first.getPublic(), second.getPublic()));
    }

    @Test
    void emptyTextIsNoTrustedKey() {
        assertThat(TrustedKeys.parse("").isEmpty()).isTrue();
        assertThat(TrustedKeys.none().toPem()).isEmpty();
    }

    @Test
    void theKeyIdIsKDashAndSixteenHexOfTheSha256OfTheX509Encoding() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(first.getPublic().getEncoded());

        assertThat(TrustedKeys.keyIdOf(first.getPublic()))
                .isEqualTo("k-" + HexFormat.of().formatHex(digest).substring(0, 16));
    }

    @Test
    void aKeyIdThatIsNotTheKeysOwnIsRefused() {
        String text = TrustedKeys.entry(first.getPublic())
                .replace(TrustedKeys.keyIdOf(first.getPublic()), "k-0000000000000000");

        assertThatThrownBy(() -> TrustedKeys.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1: key id k-0000000000000000 does not match the key that follows it");
    }

    @Test
    void aPublicKeyBlockWithoutItsKeyIdIsRefused() {
        String text = Pem.publicKey(first.getPublic());

        assertThatThrownBy(() -> TrustedKeys.parse(text)).hasMessageContaining("line 1: expected 'Key-Id:");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        String text = TrustedKeys.entry(first.getPublic()) + TrustedKeys.entry(first.getPublic());

        assertThatThrownBy(() -> TrustedKeys.parse(text)).hasMessageContaining("is given twice");
    }

    @Test
    void garbageBase64OrAMissingEndLineIsRefusedNamingTheLine() {
        String id = TrustedKeys.keyIdOf(first.getPublic());

        assertThatThrownBy(() -> TrustedKeys.parse("Key-Id: " + id + "\n-----BEGIN PUBLIC KEY-----\n@@@@\n"
                + "-----END PUBLIC KEY-----\n")).hasMessageContaining("line 2").hasMessageContaining("base64");
        assertThatThrownBy(() -> TrustedKeys.parse("Key-Id: " + id + "\n-----BEGIN PUBLIC KEY-----\nMCow\n"))
                .hasMessageContaining("no '-----END PUBLIC KEY-----' line");
    }

    @Test
    void aKeyThatIsNotEd25519CannotBeTrusted() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        KeyPair ecKey = ec.generateKeyPair();

        assertThatThrownBy(() -> TrustedKeys.of(ecKey.getPublic())).hasMessageContaining("not an Ed25519 public key");
        assertThatThrownBy(() -> TrustedKeys.parse("Key-Id: k-0000000000000000\n" + Pem.encode("PUBLIC KEY",
                ecKey.getPublic().getEncoded()))).hasMessageContaining("not an Ed25519 public key");
    }

    @Test
    void withAndWithoutAddAndRemoveTrust() {
        String firstId = TrustedKeys.keyIdOf(first.getPublic());
        TrustedKeys both = TrustedKeys.of(first.getPublic()).with(second.getPublic());

        assertThat(both.size()).isEqualTo(2);
        assertThat(both.without(firstId).trusts(firstId)).isFalse();
        assertThat(both.trusts(firstId)).isTrue();
    }
}
