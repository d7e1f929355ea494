package com.phonesmith.factory.flashing;

import com.phonesmith.contracts.image.sparse.SparseFormatException;
import com.phonesmith.contracts.image.sparse.SparsePiece;
import com.phonesmith.contracts.image.sparse.SparseSplitter;
import com.phonesmith.factory.fastboot.FastbootClient;
import com.phonesmith.factory.fastboot.FastbootException;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Flashes a factory bundle to a handset over one fastboot connection and reads back what the rebooted handset
 * reports: connect, check it is the reserved handset, read its max-download-size; write the work order's IMEI; on an
 * A/B handset make slot {@value #FACTORY_SLOT} active; flash every partition image in the bundle's order (a sparse
 * image in pieces that each fit the download buffer, as AOSP fastboot does) to that slot, then the boot descriptor to
 * its vbmeta; write the activation secret and reboot. Then reconnect (retrying while it boots) and read its boot
 * state, build, the digest of every signed partition in the slot flashed, the IMEI it reports and its variant.
 */
public final class HandsetFlasher {
    public static final String VBMETA = "vbmeta";
    /**
     * The slot a factory flash writes on an A/B handset. The line does what AOSP's {@code fastboot --slot=a update}
     * does: {@code set_active:a} first (its FlashAllTool sets the slot before it flashes anything), then every image
     * to its {@code _a} partition, then the reboot; slot b stays as it is until the first over-the-air update writes
     * it. Writing the inactive slot (what an OTA does, to keep a working system to fall back to) buys nothing on a
     * handset that holds nothing worth keeping, and always the same slot means a reflash during rework overwrites what
     * the failed attempt wrote, and QA reads one known slot.
     */
    public static final String FACTORY_SLOT = "a";
    /** What a handset says when its boot failed (verified boot refused the image) and it stayed in its bootloader. */
    static final String FAILED_BOOT = "failed";
    private static final Duration RECONNECT_PAUSE = Duration.ofMillis(250);
    /** More features or apps than any configuration has: the handset's answer is not believed. */
    private static final int MAX_INSTALLED_ITEMS = 1000;

    private final Duration timeout;
    private final Duration bootTimeout;
    private final long maxPieceBytes;
    private final Consumer<PieceSent> progress;

    public HandsetFlasher(Duration timeout, Duration bootTimeout) {
        this(timeout, bootTimeout, Long.MAX_VALUE, piece -> { });
    }

    /**
     * @param maxPieceBytes caps the pieces of sparse images below the handset's max-download-size
     * @param progress      told of every download flashed
     */
    public HandsetFlasher(Duration timeout, Duration bootTimeout, long maxPieceBytes, Consumer<PieceSent> progress) {
        this.timeout = timeout;
        this.bootTimeout = bootTimeout;
        this.maxPieceBytes = maxPieceBytes;
        this.progress = progress;
    }

    /**
     * Writes the work order's IMEI (before anything is flashed: a handset that already holds another IMEI is the wrong
     * one, and flashing it would be time lost), flashes the bundle to slot {@value #FACTORY_SLOT} and makes it active,
     * writes the handset's per-device activation secret (a fresh one at every flash, so a reflashed handset never
     * keeps the secret of an earlier attempt), reboots and reads back.
     */
    public Readback flash(FlashTarget target, UnpackedBundle bundle, String imei, byte[] activationSecret)
            throws FlashStepException {
        Map<String, String> onHandset = new LinkedHashMap<>();
        try (FastbootClient client = FastbootClient.connect(target.host(), target.port(), timeout)) {
            String serial = client.getvar("serialno");
            if (!target.serial().equals(serial)) {
                throw FlashStepException.retryable(FlashStepException.FLASH, "station " + target.host() + ":"
                        + target.port() + " holds handset " + serial + ", not the reserved " + target.serial());
            }
            long maxDownload = parseSize(client.getvar("max-download-size"));
            writeImei(client, target, imei);
            Optional<String> slot = slotted(client) ? Optional.of(FACTORY_SLOT) : Optional.empty();
            if (slot.isPresent()) {
                client.setActive(slot.get());
            }
            for (PartitionImage image : bundle.images()) {
                String partition = onHandset(client, image.partition(), slot);
                onHandset.put(image.partition(), partition);
                send(client, image, partition, maxDownload);
            }
            byte[] vbmeta = bundle.vbmeta();
            client.download(vbmeta);
            client.flash(onHandset(client, VBMETA, slot));
            progress.accept(new PieceSent(VBMETA, 1, 1, vbmeta.length));
            client.command("oem set-activation-secret " + HexFormat.of().formatHex(activationSecret));
            client.reboot();
        } catch (FastbootException e) {
            throw FlashStepException.retryable(FlashStepException.FLASH, "handset " + target + " refused "
                    + e.command() + ": " + e.deviceMessage());
        } catch (SparseFormatException e) {
            throw FlashStepException.permanent(FlashStepException.FLASH, "the bundle is refused: " + e.getMessage());
        } catch (IOException e) {
            throw FlashStepException.retryable(FlashStepException.FLASH, "fastboot with " + target + " failed: " + e);
        }
        Map<String, String> signed = new LinkedHashMap<>();
        for (String partition : bundle.signedDigests().keySet()) {
            signed.put(partition, onHandset.getOrDefault(partition, partition));
        }
        return readBack(target, signed);
    }

    /**
     * {@code oem set-imei}: the handset keeps the IMEI in storage that no flash touches and takes it once, so the
     * same IMEI again (a reflash during rework) is fine and a refusal (another IMEI written already, or one it does not
     * accept) will not change with another attempt.
     */
    private static void writeImei(FastbootClient client, FlashTarget target, String imei)
            throws IOException, FlashStepException {
        try {
            client.command("oem set-imei " + imei);
        } catch (FastbootException e) {
            throw FlashStepException.permanent(FlashStepException.FLASH, "handset " + target + " refused IMEI "
                    + imei + ": " + e.deviceMessage());
        }
    }

    /** Whether the handset has A/B slots; one that does not know slot-count has none (as AOSP fastboot decides). */
    private static boolean slotted(FastbootClient client) throws IOException {
        String count = optional(client, "slot-count");
        try {
            return count != null && Integer.parseInt(count.trim()) >= 2;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The partition's name on the handset: {@code <partition>_<slot>} when it exists once per slot ({@code has-slot}
     * says yes; a handset that does not answer has no slots for it, as AOSP fastboot takes it), else the bare name.
     */
    private static String onHandset(FastbootClient client, String partition, Optional<String> slot)
            throws IOException {
        if (slot.isEmpty() || !"yes".equals(optional(client, "has-slot:" + partition))) {
            return partition;
        }
        return partition + "_" + slot.get();
    }

    private void send(FastbootClient client, PartitionImage image, String partition, long maxDownload)
            throws IOException, FlashStepException {
        if (image.sparse()) {
            for (SparsePiece piece : split(image, Math.min(maxDownload, maxPieceBytes))) {
                client.download(piece.sizeBytes(), piece::writeTo);
                client.flash(partition);
                progress.accept(new PieceSent(image.partition(), piece.number(), piece.count(), piece.sizeBytes()));
            }
            return;
        }
        long size = Files.size(image.file());
        if (size > maxDownload) {
            throw FlashStepException.permanent(FlashStepException.FLASH, "raw " + image.partition() + " image of "
                    + size + " bytes exceeds the handset's max-download-size of " + maxDownload + " bytes");
        }
        client.download(image.file());
        client.flash(partition);
        progress.accept(new PieceSent(image.partition(), 1, 1, size));
    }

    private static List<SparsePiece> split(PartitionImage image, long limit) throws IOException, FlashStepException {
        try {
            return SparseSplitter.split(image.file(), limit);
        } catch (IllegalArgumentException e) {
            throw FlashStepException.permanent(FlashStepException.FLASH, "cannot send " + image.partition() + ": "
                    + e.getMessage());
        }
    }

    /**
     * Reconnects until the handset reports it booted, or that its boot failed, or the boot timeout passes, then reads
     * what it reports.
     *
     * @param partitions each signed partition by its name in the bundle, with its name on the handset (the slot
     *                   flashed)
     */
    Readback readBack(FlashTarget target, Map<String, String> partitions) throws FlashStepException {
        long deadline = System.nanoTime() + bootTimeout.toNanos();
        while (true) {
            boolean lastChance = System.nanoTime() >= deadline;
            try (FastbootClient client = FastbootClient.connect(target.host(), target.port(), timeout)) {
                String bootState = client.getvar("x-boot-state");
                if (QaRules.BOOTED.equals(bootState) || FAILED_BOOT.equals(bootState) || lastChance) {
                    return read(client, bootState, partitions);
                }
            } catch (IOException e) {
                if (lastChance) {
                    throw FlashStepException.retryable(FlashStepException.FLASH, "handset " + target
                            + " did not answer within " + bootTimeout + " of its reboot: " + e);
                }
            }
            pause();
        }
    }

    /**
     * The read-back. Its IMEI is the one the handset reports as its own, the one written with {@code oem set-imei}
     * ({@code x-written-imei}; null when none was), not the label's ({@code x-imei}, how the station scan found it):
     * QA thereby catches a handset whose IMEI was never written.
     */
    private static Readback read(FastbootClient client, String bootState, Map<String, String> partitions)
            throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        for (Map.Entry<String, String> partition : partitions.entrySet()) {
            String digest = optional(client, "x-flashed-digest:" + partition.getValue());
            if (digest != null) {
                digests.put(partition.getKey(), digest);
            }
        }
        String bootError = FAILED_BOOT.equals(bootState) ? optional(client, "x-boot-error") : null;
        return new Readback(bootState, bootError, optional(client, "x-build-fingerprint"), digests,
                optional(client, "x-written-imei"), client.getvar("product"), client.getvar("x-colour"),
                client.getvar("x-storage-gb"), installed(client, "feature"), installed(client, "app"));
    }

    /**
     * What the running build has installed of one kind ({@code feature} or {@code app}), item by item
     * ({@code x-installed-<kind>-count}, then {@code x-installed-<kind>:<i>}), since the whole list may not fit one
     * reply; null when the handset reports none (it did not boot).
     */
    private static List<String> installed(FastbootClient client, String kind) throws IOException {
        String count = optional(client, "x-installed-" + kind + "-count");
        if (count == null) {
            return null;
        }
        int items;
        try {
            items = Integer.parseInt(count.trim());
        } catch (NumberFormatException e) {
            items = -1;
        }
        if (items < 0 || items > MAX_INSTALLED_ITEMS) {
            throw new IOException("handset answered x-installed-" + kind + "-count " + count);
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            codes.add(client.getvar("x-installed-" + kind + ":" + i).trim());
        }
        return codes;
    }

    /** The variable's value, or null when the handset answers FAIL (e.g. no fingerprint before a boot). */
    private static String optional(FastbootClient client, String variable) throws IOException {
        try {
            return client.getvar(variable);
        } catch (FastbootException e) {
            return null;
        }
    }

    static long parseSize(String value) throws IOException {
        String text = value.trim().toLowerCase(Locale.ROOT);
        try {
            return text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IOException("handset answered max-download-size " + value);
        }
    }

    private static void pause() throws FlashStepException {
        try {
            Thread.sleep(RECONNECT_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FlashStepException.retryable(FlashStepException.FLASH, "interrupted while the handset rebooted");
        }
    }
}
