package com.phonesmith.handset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * A handset's flash memory and download buffer, kept as files in the handset's own directory:
 * {@code <partition>.img} per flashed partition ({@code system_a.img}, {@code userdata.img}), so that flashed images
 * survive a restart of the emulator, and the device data a real handset keeps outside its partitions (the current
 * slot, the IMEI and the activation secret the factory wrote, the rollback index).
 */
final class PartitionStore {
    private static final String DOWNLOAD_FILE = "download.buffer";
    private static final String BOOT_STATE_FILE = "boot-state";
    /** The per-device secret, as the factory wrote it: what a real handset keeps in its protected storage. */
    private static final String ACTIVATION_SECRET_FILE = "activation-secret";
    /** Written once the handset reached its customer and activated. */
    private static final String DELIVERED_FILE = "delivered";
    /** The lowest rollback index verified boot still accepts: raised by every verified boot, never lowered. */
    private static final String ROLLBACK_INDEX_FILE = "rollback-index";
    /** The slot the next boot runs (set_active), {@code a} until told otherwise. */
    private static final String CURRENT_SLOT_FILE = "current-slot";
    /** The IMEI the factory wrote (oem set-imei): what a real handset keeps in its modem's protected storage. */
    private static final String WRITTEN_IMEI_FILE = "imei";

    private final Path directory;
    private final Map<PhysicalPartition, String> digests = new HashMap<>();
    private long downloadedBytes = -1;

    PartitionStore(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
        // the download buffer is the bootloader's RAM: a restart loses it
        Files.deleteIfExists(downloadFile());
        moveImagesFromBeforeSlots();
    }

    /**
     * A handset folder written before the handsets had A/B slots holds {@code system.img} and the like: they become
     * slot a's, the slot such a handset boots, so a rack keeps what it had flashed.
     */
    private void moveImagesFromBeforeSlots() throws IOException {
        for (Partition partition : Partition.values()) {
            Path old = directory.resolve(partition.label() + ".img");
            Path slotA = imageFile(PhysicalPartition.of(partition, Slot.A));
            if (partition.slotted() && Files.isRegularFile(old) && !Files.exists(slotA)) {
                Files.move(old, slotA, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    Path directory() {
        return directory;
    }

    Path imageFile(PhysicalPartition partition) {
        return directory.resolve(partition.label() + ".img");
    }

    synchronized OutputStream startDownload() throws IOException {
        downloadedBytes = -1;
        return Files.newOutputStream(downloadFile());
    }

    synchronized void downloadComplete(long bytes) {
        downloadedBytes = bytes;
    }

    synchronized void discardDownload() throws IOException {
        downloadedBytes = -1;
        Files.deleteIfExists(downloadFile());
    }

    /** Writes the last download to the partition and returns how many bytes the partition now holds. */
    synchronized long flash(PhysicalPartition partition) throws IOException, CommandFailure {
        if (downloadedBytes < 0) {
            throw new CommandFailure("no image downloaded");
        }
        Path target = imageFile(partition);
        digests.remove(partition);
        long sizeBytes = partition.partition().sizeBytes();
        if (SparseImage.isSparse(downloadFile())) {
            return SparseImage.expandInto(downloadFile(), target, sizeBytes);
        }
        if (downloadedBytes > sizeBytes) {
            throw new CommandFailure("image too large for partition");
        }
        Path partial = directory.resolve(partition.label() + ".img.partial");
        Files.copy(downloadFile(), partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return downloadedBytes;
    }

    /** Flips the bits of one byte in the middle of what the partition holds (a fault of the flash memory). */
    synchronized void corrupt(PhysicalPartition partition) throws IOException {
        Path image = imageFile(partition);
        try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(image,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            long position = file.size() / 2;
            java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
            file.read(one, position);
            one.flip();
            byte flipped = (byte) ~one.get(0);
            file.write(java.nio.ByteBuffer.wrap(new byte[] {flipped}), position);
        }
        digests.remove(partition);
    }

    synchronized void erase(PhysicalPartition partition) throws IOException {
        digests.remove(partition);
        Files.deleteIfExists(imageFile(partition));
    }

    /** Lowercase hex SHA-256 of what the partition holds, or empty when nothing was flashed there. */
    synchronized Optional<String> digest(PhysicalPartition partition) {
        Path image = imageFile(partition);
        if (!Files.isRegularFile(image)) {
            return Optional.empty();
        }
        return Optional.of(digests.computeIfAbsent(partition, p -> sha256(image)));
    }

    synchronized Optional<Path> image(PhysicalPartition partition) {
        Path image = imageFile(partition);
        return Files.isRegularFile(image) ? Optional.of(image) : Optional.empty();
    }

    synchronized void saveBootState(BootState state) throws IOException {
        Files.writeString(directory.resolve(BOOT_STATE_FILE), state.label(), StandardCharsets.US_ASCII);
    }

    synchronized BootState loadBootState() throws IOException {
        Path file = directory.resolve(BOOT_STATE_FILE);
        boolean booted = Files.isRegularFile(file)
                && Files.readString(file, StandardCharsets.US_ASCII).trim().equals(BootState.BOOTED.label());
        return booted ? BootState.BOOTED : BootState.FASTBOOT;
    }

    synchronized Slot loadCurrentSlot() throws IOException {
        Path file = directory.resolve(CURRENT_SLOT_FILE);
        return Files.isRegularFile(file)
                ? Slot.named(Files.readString(file, StandardCharsets.US_ASCII).trim()).orElse(Slot.A) : Slot.A;
    }

    synchronized void saveCurrentSlot(Slot slot) throws IOException {
        writeAtomically(CURRENT_SLOT_FILE, slot.letter().getBytes(StandardCharsets.US_ASCII));
    }

    synchronized Optional<String> loadWrittenImei() throws IOException {
        Path file = directory.resolve(WRITTEN_IMEI_FILE);
        return Files.isRegularFile(file)
                ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).trim()) : Optional.empty();
    }

    synchronized void saveWrittenImei(String imei) throws IOException {
        writeAtomically(WRITTEN_IMEI_FILE, imei.getBytes(StandardCharsets.US_ASCII));
    }

    private void writeAtomically(String name, byte[] content) throws IOException {
        Path temporary = directory.resolve(name + ".tmp");
        Files.write(temporary, content);
        Files.move(temporary, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    synchronized void saveActivationSecret(byte[] secret) throws IOException {
        Path file = directory.resolve(ACTIVATION_SECRET_FILE);
        Path temporary = directory.resolve(ACTIVATION_SECRET_FILE + ".tmp");
        Files.write(temporary, secret);
        try {
            Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the folder's own permissions have to do
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    synchronized long loadRollbackIndex() throws IOException {
        Path file = directory.resolve(ROLLBACK_INDEX_FILE);
        return Files.isRegularFile(file) ? Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim()) : 0;
    }

    synchronized void saveRollbackIndex(long index) throws IOException {
        if (index > loadRollbackIndex()) {
            Files.writeString(directory.resolve(ROLLBACK_INDEX_FILE), Long.toString(index), StandardCharsets.US_ASCII);
        }
    }

    synchronized boolean delivered() {
        return Files.exists(directory.resolve(DELIVERED_FILE));
    }

    synchronized void markDelivered() {
        try {
            Files.writeString(directory.resolve(DELIVERED_FILE), "delivered", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    synchronized Optional<byte[]> loadActivationSecret() {
        try {
            Path file = directory.resolve(ACTIVATION_SECRET_FILE);
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path downloadFile() {
        return directory.resolve(DOWNLOAD_FILE);
    }

    private static String sha256(Path file) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
