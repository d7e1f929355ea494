package com.phonesmith.factory.flashing;

import com.phonesmith.factory.fastboot.FastbootClient;
import com.phonesmith.factory.fastboot.FastbootException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Flashes an image to a handset's system partition over fastboot and reads back what the rebooted handset reports:
 * connect, check it is the reserved handset and that the image fits its download buffer, download, flash:system,
 * reboot; then reconnect (retrying while it boots) and read its boot state, build, flashed digest and identity.
 */
public final class HandsetFlasher {
    public static final String PARTITION = "system";
    private static final Duration RECONNECT_PAUSE = Duration.ofMillis(250);

    private final Duration timeout;
    /** What a handset says when its boot failed and it fell back to its bootloader. */
    static final String FAILED_BOOT = "failed";
    private final Duration bootTimeout;

    public HandsetFlasher(Duration timeout, Duration bootTimeout) {
        this.timeout = timeout;
        this.bootTimeout = bootTimeout;
    }

    /**
     * Flashes the image, writes the handset's per-device activation secret (a fresh one at every flash, so a
     * reflashed handset never keeps the secret of an earlier attempt), reboots and reads back.
     */
    public Readback flash(FlashTarget target, Path image, byte[] activationSecret) throws FlashStepException {
        long size;
        try {
            size = Files.size(image);
        } catch (IOException e) {
            throw FlashStepException.retryable(FlashStepException.FLASH, "downloaded image unreadable: " + e);
        }
        try (FastbootClient client = FastbootClient.connect(target.host(), target.port(), timeout)) {
            String serial = client.getvar("serialno");
            if (!target.serial().equals(serial)) {
                throw FlashStepException.retryable(FlashStepException.FLASH, "station " + target.host() + ":"
                        + target.port() + " holds handset " + serial + ", not the reserved " + target.serial());
            }
            long maxDownload = parseSize(client.getvar("max-download-size"));
            if (size > maxDownload) {
                throw FlashStepException.permanent(FlashStepException.FLASH, "image of " + size
                        + " bytes exceeds the handset's max-download-size of " + maxDownload + " bytes");
            }
            client.download(image);
            client.flash(PARTITION);
            client.command("oem set-activation-secret " + HexFormat.of().formatHex(activationSecret));
            client.reboot();
        } catch (FastbootException e) {
            throw FlashStepException.retryable(FlashStepException.FLASH, "handset " + target + " refused "
                    + e.command() + ": " + e.deviceMessage());
        } catch (IOException e) {
            throw FlashStepException.retryable(FlashStepException.FLASH, "fastboot with " + target + " failed: " + e);
        }
        return readBack(target);
    }

    /** Reconnects until the handset reports it booted or the boot timeout passes, then reads what it reports. */
    Readback readBack(FlashTarget target) throws FlashStepException {
        long deadline = System.nanoTime() + bootTimeout.toNanos();
        IOException lastProblem = null;
        while (true) {
            boolean lastChance = System.nanoTime() >= deadline;
            try (FastbootClient client = FastbootClient.connect(target.host(), target.port(), timeout)) {
                String bootState = client.getvar("x-boot-state");
                if (FAILED_BOOT.equals(bootState)) {
                    throw FlashStepException.retryable(FlashStepException.FLASH, "handset " + target
                            + " failed to boot the image; flashing it again");
                }
                if (QaRules.BOOTED.equals(bootState) || lastChance) {
                    return new Readback(bootState, optional(client, "x-build-fingerprint"),
                            optional(client, "x-flashed-digest:" + PARTITION), client.getvar("x-imei"),
                            client.getvar("product"), client.getvar("x-colour"), client.getvar("x-storage-gb"));
                }
            } catch (IOException e) {
                lastProblem = e;
                if (lastChance) {
                    throw FlashStepException.retryable(FlashStepException.FLASH, "handset " + target
                            + " did not answer within " + bootTimeout + " of its reboot: " + lastProblem);
                }
            }
            pause();
        }
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
        String text = value.trim().toLowerCase(java.util.Locale.ROOT);
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
