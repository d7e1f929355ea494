package com.phonesmith.factory.flashing;

import com.phonesmith.contracts.image.sparse.SparseFormatException;
import com.phonesmith.contracts.image.sparse.SparsePiece;
import com.phonesmith.contracts.image.sparse.SparseSplitter;
import com.phonesmith.factory.fastboot.FastbootClient;
import com.phonesmith.factory.fastboot.FastbootException;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Flashes a factory bundle to a handset over one fastboot connection and reads back what the rebooted handset
 * reports: connect, check it is the reserved handset, read its max-download-size; flash every partition image in
 * the bundle's order (a sparse image in pieces that each fit the download buffer, as AOSP fastboot does), then the
 * boot descriptor to vbmeta; write the activation secret and reboot. Then reconnect (retrying while it boots) and
 * read its boot state, build, the digest of every signed partition and its identity.
 */
public final class HandsetFlasher {
    public static final String VBMETA = "vbmeta";
    /** What a handset says when its boot failed (verified boot refused the image) and it stayed in its bootloader. */
    static final String FAILED_BOOT = "failed";
    private static final Duration RECONNECT_PAUSE = Duration.ofMillis(250);

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
     * Flashes the bundle, writes the handset's per-device activation secret (a fresh one at every flash, so a
     * reflashed handset never keeps the secret of an earlier attempt), reboots and reads back.
     */
    public Readback flash(FlashTarget target, UnpackedBundle bundle, byte[] activationSecret)
            throws FlashStepException {
        try (FastbootClient client = FastbootClient.connect(target.host(), target.port(), timeout)) {
            String serial = client.getvar("serialno");
            if (!target.serial().equals(serial)) {
                throw FlashStepException.retryable(FlashStepException.FLASH, "station " + target.host() + ":"
                        + target.port() + " holds handset " + serial + ", not the reserved " + target.serial());
            }
            long maxDownload = parseSize(client.getvar("max-download-size"));
            for (PartitionImage image : bundle.images()) {
                send(client, image, maxDownload);
            }
            byte[] vbmeta = bundle.vbmeta();
            client.download(vbmeta);
            client.flash(VBMETA);
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
        return readBack(target, bundle.signedDigests().keySet());
    }

    private void send(FastbootClient client, PartitionImage image, long maxDownload)
            throws IOException, FlashStepException {
        if (image.sparse()) {
            for (SparsePiece piece : split(image, Math.min(maxDownload, maxPieceBytes))) {
                client.download(piece.sizeBytes(), piece::writeTo);
                client.flash(image.partition());
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
        client.flash(image.partition());
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
     */
    Readback readBack(FlashTarget target, Collection<String> partitions) throws FlashStepException {
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

    private static Readback read(FastbootClient client, String bootState, Collection<String> partitions)
            throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String partition : partitions) {
            String digest = optional(client, "x-flashed-digest:" + partition);
            if (digest != null) {
                digests.put(partition, digest);
            }
        }
        String bootError = FAILED_BOOT.equals(bootState) ? optional(client, "x-boot-error") : null;
        return new Readback(bootState, bootError, optional(client, "x-build-fingerprint"), digests,
                client.getvar("x-imei"), client.getvar("product"), client.getvar("x-colour"),
                client.getvar("x-storage-gb"));
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
