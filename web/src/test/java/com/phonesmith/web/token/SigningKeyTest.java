package com.phonesmith.web.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {
    @TempDir
    Path dir;

    @Test
    void aKeyIsMadeOnceReadableByItsOwnerOnlyAndReadBackTheSame() throws Exception {
        KeyFolder folder = new KeyFolder(dir.resolve("keys"), true);

        SigningKey first = SigningKey.fromPem(folder.readOrCreate("token-signing-key.pem", SigningKey::generatePem));
        SigningKey again = SigningKey.fromPem(folder.readOrCreate("token-signing-key.pem", SigningKey::generatePem));

        assertThat(again.keyId()).isEqualTo(first.keyId());
        assertThat(again.publicKey()).isEqualTo(first.publicKey());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keys/token-signing-key.pem"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aMissingKeyIsAnErrorWhereKeysAreNotMade() {
        KeyFolder folder = new KeyFolder(dir, false);

        assertThatThrownBy(() -> folder.readOrCreate("token-signing-key.pem", SigningKey::generatePem))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is missing");
    }

    @Test
    void theJwkOfTheKeyHoldsItsPublicPartOnly() {
        SigningKey key = SigningKey.fromPem(SigningKey.generatePem());

        assertThat(key.publicJwk().toJson()).contains("\"kid\":\"" + key.keyId() + "\"").doesNotContain("\"d\"");
    }
}
