package com.phonesmith.images.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.phonesmith.contracts.image.boot.Pem;
import com.phonesmith.contracts.image.boot.TrustedKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {
    @TempDir
    Path dataDir;

    private Path folder() {
        return dataDir.resolve("signing-keys");
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void openingAFolderThatDoesNotExistCreatesItWithOneActiveKey() throws IOException {
        SigningKeys keys = SigningKeys.open(folder(), at("2026-12-01T09:00:00Z"));

        SigningKey active = keys.active();
        assertThat(active.keyId()).matches("k-[0-9a-f]{16}");
        assertThat(keys.list()).containsExactly(
                new SigningKeyInfo(active.keyId(), Instant.parse("2026-12-01T09:00:00Z"), true, false, null));
        assertThat(Files.readString(folder().resolve("active"))).isEqualTo(active.keyId() + "\n");
        assertThat(folder().resolve(active.keyId() + ".key.pem")).isRegularFile();
        assertThat(folder().resolve(active.keyId() + ".pub.pem")).isRegularFile();
        assertThat(keys.trusted().keyIds()).containsExactly(active.keyId());
        assertThat(TrustedKeys.keyIdOf(active.publicKey())).isEqualTo(active.keyId());
    }

    @Test
    void theFolderPersistsAcrossOpenCallsWithTheSameActiveKey() {
        SigningKey first = SigningKeys.open(folder()).active();

        SigningKeys reopened = SigningKeys.open(folder());

        assertThat(reopened.active().keyId()).isEqualTo(first.keyId());
        assertThat(reopened.active().privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
        assertThat(reopened.list()).hasSize(1);
    }

    @Test
    void thePrivateKeyFileIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        SigningKeys keys = SigningKeys.open(folder());
        String id = keys.rotate().keyId();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder().resolve(id + ".key.pem"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder().resolve(id + ".pub.pem"))))
                .matches("rw-[r-]--[r-]--");
    }

    @Test
    void theKeyFilesArePkcs8AndX509PemTheTrustedKeysTextCanRead() throws IOException {
        SigningKey active = SigningKeys.open(folder()).active();

        String privatePem = Files.readString(folder().resolve(active.keyId() + ".key.pem"));
        String publicPem = Files.readString(folder().resolve(active.keyId() + ".pub.pem"));

        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Pem.decode(Pem.PRIVATE_KEY, privatePem)).isEqualTo(active.privateKey().getEncoded());
        assertThat(TrustedKeys.parse(publicPem).keyIds()).containsExactly(active.keyId());
        assertThat(active.toString()).doesNotContain(privatePem.substring(28, 60));
    }

    @Test
    void thePublicKeyFilesOfTheFolderConcatenateToItsTrustedKeys() throws IOException {
        SigningKeys keys = SigningKeys.open(folder());
        keys.rotate();
        keys.rotate();

        StringBuilder bundle = new StringBuilder();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pub.pem")).sorted().toList()) {
                bundle.append(Files.readString(file));
            }
        }

        assertThat(TrustedKeys.parse(bundle.toString())).isEqualTo(keys.trusted());
        assertThat(keys.trusted().size()).isEqualTo(3);
    }

    @Test
    void rotatingMakesANewActiveKeyAndKeepsTheOldOneTrusted() {
        SigningKeys keys = SigningKeys.open(folder(), at("2026-12-01T09:00:00Z"));
        String old = keys.active().keyId();

        SigningKeyInfo rotated = SigningKeys.open(folder(), at("2026-12-02T09:00:00Z")).rotate();

        assertThat(rotated.keyId()).isNotEqualTo(old);
        assertThat(rotated.active()).isTrue();
        assertThat(keys.active().keyId()).isEqualTo(rotated.keyId());
        assertThat(keys.trusted().keyIds()).containsExactlyInAnyOrder(old, rotated.keyId());
        assertThat(keys.list()).extracting(SigningKeyInfo::keyId, SigningKeyInfo::active, SigningKeyInfo::createdAt)
                .containsExactly(
                        tuple(old, false, Instant.parse("2026-12-01T09:00:00Z")),
                        tuple(rotated.keyId(), true, Instant.parse("2026-12-02T09:00:00Z")));
    }

    @Test
    void retiringAnOldKeyRemovesTrustAndDeletesItsPrivateKeyButKeepsItListed() {
        SigningKeys keys = SigningKeys.open(folder());
        String old = keys.active().keyId();
        keys.rotate();

        SigningKeyInfo retired = keys.retire(old);

        assertThat(retired.retired()).isTrue();
        assertThat(retired.retiredAt()).isNotNull();
        assertThat(keys.trusted().trusts(old)).isFalse();
        assertThat(folder().resolve(old + ".key.pem")).doesNotExist();
        assertThat(folder().resolve(old + ".pub.pem")).exists();
        assertThat(keys.list()).filteredOn(SigningKeyInfo::retired).extracting(SigningKeyInfo::keyId)
                .containsExactly(old);
        assertThat(keys.retire(old)).isEqualTo(retired);
        assertThat(SigningKeys.open(folder()).trusted().trusts(old)).isFalse();
    }

    @Test
    void theActiveKeyCannotBeRetired() {
        SigningKeys keys = SigningKeys.open(folder());
        String active = keys.active().keyId();

        assertThatThrownBy(() -> keys.retire(active)).isInstanceOf(IllegalStateException.class)
                .hasMessage("key " + active + " is the active signing key and cannot be retired; "
                        + "rotate to a new key first");
        assertThat(keys.trusted().trusts(active)).isTrue();
    }

    @Test
    void retiringAKeyTheFolderDoesNotHoldIsRefused() {
        SigningKeys keys = SigningKeys.open(folder());

        assertThatThrownBy(() -> keys.retire("k-0000000000000000")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("there is no signing key k-0000000000000000");
        assertThatThrownBy(() -> keys.retire("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCorruptPublicKeyFileFailsOpeningNamingTheFile() throws IOException {
        String id = SigningKeys.open(folder()).active().keyId();
        Path file = folder().resolve(id + ".pub.pem");
        Files.writeString(file, "Key-Id: " + id + "\n-----BEGIN PUBLIC KEY-----\nnot base64!\n-----END PUBLIC KEY-----\n");

        assertThatThrownBy(() -> SigningKeys.open(folder())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("signing key file " + file.toRealPath() + " is corrupt");
    }

    @Test
    void aCorruptPrivateKeyFileFailsOpeningNamingTheFile() throws IOException {
        String id = SigningKeys.open(folder()).active().keyId();
        Path file = folder().resolve(id + ".key.pem");
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> SigningKeys.open(folder())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toRealPath() + " is corrupt: not an Ed25519 private key");
    }

    @Test
    void aPrivateKeyThatIsNotThePublicKeysOtherHalfFailsOpening() throws IOException {
        SigningKeys keys = SigningKeys.open(folder());
        String old = keys.active().keyId();
        String fresh = keys.rotate().keyId();
        Path oldPrivate = folder().resolve(old + ".key.pem");
        Files.copy(folder().resolve(fresh + ".key.pem"), oldPrivate, StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> SigningKeys.open(folder()))
                .hasMessageContaining(oldPrivate.toRealPath() + " is corrupt: it is not the private half of "
                        + old + ".pub.pem");
    }

    @Test
    void anActiveFileNamingAnUnknownKeyFailsOpening() throws IOException {
        SigningKeys.open(folder());
        Files.writeString(folder().resolve("active"), "k-ffffffffffffffff\n");

        assertThatThrownBy(() -> SigningKeys.open(folder()))
                .hasMessageContaining("active is corrupt: it names key 'k-ffffffffffffffff'");
    }

    @Test
    void openingCleansUpWhatAnInterruptedWriteLeftBehind() throws IOException {
        SigningKeys keys = SigningKeys.open(folder());
        String active = keys.active().keyId();
        Files.writeString(folder().resolve(".tmp-active-123"), "half");
        Files.writeString(folder().resolve("k-0123456789abcdef.key.pem"), "a key that was never made public");

        SigningKeys.open(folder());

        assertThat(folder().resolve(".tmp-active-123")).doesNotExist();
        assertThat(folder().resolve("k-0123456789abcdef.key.pem")).doesNotExist();
        assertThat(keys.active().keyId()).isEqualTo(active);
    }

    @Test
    void aLostActiveFileIsRecoveredWithTheNewestKey() throws IOException {
        SigningKeys.open(folder(), at("2026-12-01T09:00:00Z"));
        String newest = SigningKeys.open(folder(), at("2026-12-03T09:00:00Z")).rotate().keyId();
        Files.delete(folder().resolve("active"));

        assertThat(SigningKeys.open(folder()).active().keyId()).isEqualTo(newest);
    }

    @Test
    void concurrentRotationsAndReadsInOneJvmLeaveAConsistentFolder() throws Exception {
        SigningKeys keys = SigningKeys.open(folder());
        String first = keys.active().keyId();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> work = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                SigningKeys instance = i % 2 == 0 ? keys : SigningKeys.open(folder());
                work.add(() -> instance.rotate().keyId());
                work.add(() -> instance.active().keyId());
                work.add(() -> String.valueOf(instance.trusted().size()));
            }
            for (Future<String> result : pool.invokeAll(work)) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        SigningKeys reopened = SigningKeys.open(folder());
        assertThat(reopened.list()).hasSize(9).filteredOn(SigningKeyInfo::active).hasSize(1);
        assertThat(reopened.trusted().keyIds()).hasSize(9).contains(first);
        try (Stream<Path> files = Files.list(folder())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith(".tmp-"));
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeFailsOpening() throws IOException {
        Files.writeString(folder(), "not a folder");

        assertThatThrownBy(() -> SigningKeys.open(folder())).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("cannot create the signing key folder " + folder());
    }

    @Test
    void aFileThatIsNotTextFailsOpeningNamingIt() throws IOException {
        String id = SigningKeys.open(folder()).active().keyId();
        Path file = folder().resolve(id + ".properties");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0});

        assertThatThrownBy(() -> SigningKeys.open(folder()))
                .hasMessageContaining(file.toRealPath() + " is corrupt");
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).hasSize(3);
    }
}
