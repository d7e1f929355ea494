package com.phonesmith.factory.flashing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Whether a flash attempt succeeded: every signed partition reads back exactly its signed digest (a corrupted write
 * is flashed again) and the handset's verified boot did not refuse the image (its reason is kept).
 */
public final class ReadbackCheck {
    private ReadbackCheck() {
    }

    public static void requireSignedImageBooted(FlashTarget target, Readback readback,
            Map<String, String> signedDigests) throws FlashStepException {
        List<String> differing = readback.partitionsDiffering(signedDigests);
        if (!differing.isEmpty()) {
            String details = differing.stream().map(partition -> partition + " holds "
                    + describe(readback.flashedDigests().get(partition)) + ", signed "
                    + Digests.hex(signedDigests.get(partition))).collect(Collectors.joining("; "));
            throw FlashStepException.retryable(FlashStepException.FLASH, "read-back of " + String.join(", ", differing)
                    + " on " + target + " is not the bundle's signed digest (" + details
                    + "): the write was corrupted; flashing again");
        }
        if (HandsetFlasher.FAILED_BOOT.equals(readback.bootState())) {
            throw FlashStepException.retryable(FlashStepException.FLASH, "handset " + target
                    + " failed to boot the image: " + (readback.bootError() == null ? "it gives no reason"
                            : readback.bootError()) + "; flashing it again");
        }
    }

    private static String describe(String digest) {
        return digest == null ? "nothing" : Digests.hex(digest);
    }
}
