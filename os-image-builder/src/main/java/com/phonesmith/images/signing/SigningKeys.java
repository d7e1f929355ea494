package com.phonesmith.images.signing;

import com.phonesmith.contracts.image.boot.BootDescriptor;
import com.phonesmith.contracts.image.boot.BootSigner;
import com.phonesmith.contracts.image.boot.Pem;
import com.phonesmith.contracts.image.boot.TrustedKeys;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Ed25519 keys boot descriptors are signed with, in a folder (layout in {@code package-info}): one active
 * key that signs, older keys that stay trusted after a rotation until they are retired.
 *
 * <p>Every call reads the folder afresh, under a lock per folder, so two instances over the same folder in one
 * JVM see each other's changes and never interleave. Files are replaced atomically (temporary file, fsync,
 * rename, fsync of the folder). A file that cannot be read as what it should be fails the call with an
 * {@link IllegalStateException} naming the file.
 */
public final class SigningKeys {
    static final String ACTIVE = "active";
    static final String PRIVATE_SUFFIX = ".key.pem";
    static final String PUBLIC_SUFFIX = ".pub.pem";
    static final String PROPERTIES_SUFFIX = ".properties";
    private static final String TEMP_PREFIX = ".tmp-";
    private static final String ALGORITHM = BootDescriptor.ALGORITHM;
    private static final Pattern KEY_FILE = Pattern.compile(
            "(k-[0-9a-f]{16})(\\.key\\.pem|\\.pub\\.pem|\\.properties)");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path folder;
    private final Clock clock;
    private final Object lock;

    private SigningKeys(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
        this.lock = LOCKS.computeIfAbsent(folder, f -> new Object());
    }

    /** {@link #open(Path, Clock)} with the system clock. */
    public static SigningKeys open(Path folder) {
        return open(folder, Clock.systemUTC());
    }

    /**
     * Opens the key folder, creating it (owner-only where POSIX permissions exist) and a first key pair if it
     * holds none. Removes what an interrupted write left behind, and checks every key file.
     *
     * @throws IllegalStateException if a key file is corrupt, naming it
     * @throws UncheckedIOException  if the folder cannot be created or read
     */
    public static SigningKeys open(Path folder, Clock clock) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(clock, "clock");
        Path real;
        try {
            createFolder(folder);
            real = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the signing key folder " + folder, e);
        }
        SigningKeys keys = new SigningKeys(real, clock);
        synchronized (keys.lock) {
            keys.recover();
        }
        return keys;
    }

    public Path folder() {
        return folder;
    }

    /** The key new descriptors are signed with. */
    public SigningKey active() {
        synchronized (lock) {
            State state = load();
            StoredKey active = state.active();
            return new SigningKey(active.keyId, active.privateKey, active.publicKey);
        }
    }

    /** The descriptor signed with the active key (under the folder's lock, so not with a key being retired). */
    public BootDescriptor sign(BootDescriptor unsigned) {
        synchronized (lock) {
            StoredKey active = load().active();
            return BootSigner.sign(unsigned, active.privateKey, active.keyId);
        }
    }

    /** Makes a new key and activates it; the previous ones stay trusted until retired. Answers the new key. */
    public SigningKeyInfo rotate() {
        synchronized (lock) {
            load();
            String keyId = createKey();
            writeActive(keyId);
            return info(load(), keyId);
        }
    }

    /**
     * Stops trusting a key: marks it retired and deletes its private key. Retiring a retired key again changes
     * nothing.
     *
     * @throws IllegalArgumentException if the folder has no such key
     * @throws IllegalStateException    if it is the active key (rotate first)
     */
    public SigningKeyInfo retire(String keyId) {
        Objects.requireNonNull(keyId, "keyId");
        synchronized (lock) {
            State state = load();
            StoredKey key = state.keys.get(keyId);
            if (key == null) {
                throw new IllegalArgumentException("there is no signing key " + keyId + " in " + folder);
            }
            if (keyId.equals(state.activeKeyId)) {
                throw new IllegalStateException("key " + keyId
                        + " is the active signing key and cannot be retired; rotate to a new key first");
            }
            if (key.retiredAt == null) {
                writeProperties(keyId, key.createdAt, clock.instant());
            }
            deleteAndSync(privateFile(keyId));
            return info(load(), keyId);
        }
    }

    /** The public keys of every key that is not retired, the active one included. */
    public TrustedKeys trusted() {
        synchronized (lock) {
            return TrustedKeys.of(load().keys.values().stream()
                    .filter(key -> key.retiredAt == null)
                    .map(key -> key.publicKey)
                    .toList());
        }
    }

    /** Every key, retired ones too, oldest first. */
    public List<SigningKeyInfo> list() {
        synchronized (lock) {
            State state = load();
            return state.keys.values().stream()
                    .sorted(Comparator.comparing((StoredKey key) -> key.createdAt).thenComparing(key -> key.keyId))
                    .map(key -> info(state, key.keyId))
                    .toList();
        }
    }

    @Override
    public String toString() {
        return "SigningKeys[" + folder + "]";
    }

    // ---- reading the folder

    private record StoredKey(String keyId, PublicKey publicKey, PrivateKey privateKey, Instant createdAt,
            Instant retiredAt) {
    }

    private record State(Map<String, StoredKey> keys, String activeKeyId) {
        StoredKey active() {
            return keys.get(activeKeyId);
        }
    }

    private static SigningKeyInfo info(State state, String keyId) {
        StoredKey key = state.keys.get(keyId);
        return new SigningKeyInfo(keyId, key.createdAt, keyId.equals(state.activeKeyId), key.retiredAt != null,
                key.retiredAt);
    }

    /** On open: clears leftovers of interrupted writes, makes the first key, or reactivates after a crash. */
    private void recover() {
        Map<String, Set<String>> files = keyFiles();
        for (Path temp : list(name -> name.startsWith(TEMP_PREFIX))) {
            deleteAndSync(temp);
        }
        files.forEach((keyId, suffixes) -> {
            if (!suffixes.contains(PUBLIC_SUFFIX)) {
                // never made public, so never trusted nor active: the rest of an interrupted creation
                deleteAndSync(privateFile(keyId));
                deleteAndSync(propertiesFile(keyId));
            }
        });
        State state = load(false);
        state.keys.values().stream()
                .filter(key -> key.retiredAt != null)
                .forEach(key -> deleteAndSync(privateFile(key.keyId))); // a retirement cut short
        if (!Files.exists(folder.resolve(ACTIVE))) {
            Optional<StoredKey> newest = state.keys.values().stream()
                    .filter(key -> key.retiredAt == null && key.privateKey != null)
                    .max(Comparator.comparing((StoredKey key) -> key.createdAt).thenComparing(key -> key.keyId));
            writeActive(newest.map(StoredKey::keyId).orElseGet(this::createKey));
        }
        load();
    }

    private State load() {
        return load(true);
    }

    private State load(boolean needActive) {
        Map<String, StoredKey> keys = new TreeMap<>();
        keyFiles().forEach((keyId, suffixes) -> {
            if (suffixes.contains(PUBLIC_SUFFIX)) {
                keys.put(keyId, readKey(keyId, suffixes.contains(PRIVATE_SUFFIX)));
            }
        });
        if (!needActive) {
            return new State(keys, null);
        }
        Path activeFile = folder.resolve(ACTIVE);
        String activeKeyId = readText(activeFile).strip();
        StoredKey active = keys.get(activeKeyId);
        if (active == null) {
            throw corrupt(activeFile, "it names key '" + activeKeyId + "', which has no " + PUBLIC_SUFFIX
                    + " file in the folder");
        }
        if (active.retiredAt != null) {
            throw corrupt(activeFile, "it names key " + activeKeyId + ", which is retired");
        }
        if (active.privateKey == null) {
            throw corrupt(activeFile, "it names key " + activeKeyId + ", whose private key file "
                    + privateFile(activeKeyId).getFileName() + " is missing");
        }
        return new State(keys, activeKeyId);
    }

    private StoredKey readKey(String keyId, boolean hasPrivate) {
        Path publicFile = publicFile(keyId);
        PublicKey publicKey;
        try {
            TrustedKeys inFile = TrustedKeys.parse(readText(publicFile));
            if (!inFile.keyIds().equals(Set.of(keyId))) {
                throw corrupt(publicFile, "it should hold exactly the public key " + keyId + ", it holds "
                        + inFile.keyIds());
            }
            publicKey = inFile.find(keyId).orElseThrow();
        } catch (IllegalArgumentException bad) {
            throw corrupt(publicFile, bad.getMessage(), bad);
        }

        Path propertiesFile = propertiesFile(keyId);
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(readText(propertiesFile)));
        } catch (IOException | IllegalArgumentException bad) {
            throw corrupt(propertiesFile, bad.getMessage(), bad);
        }
        Instant created = instant(properties, "created", propertiesFile, true);
        Instant retired = instant(properties, "retired", propertiesFile, false);

        PrivateKey privateKey = null;
        if (retired == null) {
            Path privateFile = privateFile(keyId);
            if (!hasPrivate) {
                throw corrupt(privateFile, "the private key of " + keyId
                        + ", which is not retired, is missing");
            }
            privateKey = readPrivateKey(privateFile);
            if (!pairs(privateKey, publicKey)) {
                throw corrupt(privateFile, "it is not the private half of " + publicFile.getFileName());
            }
        }
        return new StoredKey(keyId, publicKey, privateKey, created, retired);
    }

    private static Instant instant(Properties properties, String name, Path file, boolean required) {
        String value = properties.getProperty(name);
        if (value == null) {
            if (required) {
                throw corrupt(file, "it has no '" + name + "' time");
            }
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException bad) {
            throw corrupt(file, "'" + name + "' is not an ISO-8601 instant: " + value, bad);
        }
    }

    private static PrivateKey readPrivateKey(Path file) {
        try {
            byte[] pkcs8 = Pem.decode(Pem.PRIVATE_KEY, readText(file));
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (IllegalArgumentException | GeneralSecurityException bad) {
            throw corrupt(file, "not an Ed25519 private key in PKCS#8 PEM: " + bad.getMessage(), bad);
        }
    }

    private static boolean pairs(PrivateKey privateKey, PublicKey publicKey) {
        byte[] probe = "phonesmith signing key pair check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException notAPair) {
            return false;
        }
    }

    /** Key id -> the suffixes of its files in the folder. */
    private Map<String, Set<String>> keyFiles() {
        Map<String, Set<String>> files = new TreeMap<>();
        for (Path path : list(name -> KEY_FILE.matcher(name).matches())) {
            Matcher m = KEY_FILE.matcher(path.getFileName().toString());
            m.matches();
            files.computeIfAbsent(m.group(1), id -> new TreeSet<>()).add(m.group(2));
        }
        return files;
    }

    private List<Path> list(Predicate<String> nameMatches) {
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (nameMatches.test(entry.getFileName().toString())) {
                    paths.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the signing key folder " + folder, e);
        }
        return paths;
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            throw corrupt(file, "the file is missing", missing);
        } catch (MalformedInputException notText) {
            throw corrupt(file, "not UTF-8 text", notText);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static IllegalStateException corrupt(Path file, String why) {
        return new IllegalStateException("signing key file " + file + " is corrupt: " + why);
    }

    private static IllegalStateException corrupt(Path file, String why, Throwable cause) {
        IllegalStateException e = corrupt(file, why);
        e.initCause(cause);
        return e;
    }

    // ---- writing the folder

    /** Writes a new key pair (private key, properties, then public key) and answers its id; does not activate it. */
    private String createKey() {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
        String keyId = TrustedKeys.keyIdOf(pair.getPublic());
        writeAtomically(privateFile(keyId), Pem.encode(Pem.PRIVATE_KEY, pair.getPrivate().getEncoded()), true);
        writeProperties(keyId, clock.instant(), null);
        writeAtomically(publicFile(keyId), TrustedKeys.entry(pair.getPublic()), false);
        return keyId;
    }

    private void writeProperties(String keyId, Instant created, Instant retired) {
        String text = "created=" + created + "\n" + (retired == null ? "" : "retired=" + retired + "\n");
        writeAtomically(propertiesFile(keyId), text, false);
    }

    private void writeActive(String keyId) {
        writeAtomically(folder.resolve(ACTIVE), keyId + "\n", false);
    }

    private void writeAtomically(Path target, String text, boolean secret) {
        Path temp = folder.resolve(TEMP_PREFIX + target.getFileName() + "-" + UUID.randomUUID());
        try {
            FileAttribute<?>[] attributes = posix()
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(secret ? OWNER_ONLY : READABLE)}
                    : new FileAttribute<?>[0];
            try (FileChannel out = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), attributes)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the next open removes it
            }
        }
    }

    private void deleteAndSync(Path file) {
        try {
            if (Files.deleteIfExists(file)) {
                syncFolder();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    /** Makes renames and deletions in the folder durable; not every file system lets a folder be opened. */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // e.g. Windows: the rename itself is what we can do
        }
    }

    private boolean posix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path parent = folder.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
            } catch (FileAlreadyExistsException exists) {
                if (!Files.isDirectory(folder)) {
                    throw new IOException(folder + " exists and is not a folder", exists);
                }
            }
        } else {
            Files.createDirectories(folder);
        }
    }

    private Path privateFile(String keyId) {
        return folder.resolve(keyId + PRIVATE_SUFFIX);
    }

    private Path publicFile(String keyId) {
        return folder.resolve(keyId + PUBLIC_SUFFIX);
    }

    private Path propertiesFile(String keyId) {
        return folder.resolve(keyId + PROPERTIES_SUFFIX);
    }
}
