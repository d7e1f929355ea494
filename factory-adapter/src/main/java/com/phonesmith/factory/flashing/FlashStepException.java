package com.phonesmith.factory.flashing;

/** A download or flash attempt failed; retryable when another attempt may succeed. */
public class FlashStepException extends Exception {
    private static final long serialVersionUID = 1L;

    public static final String DOWNLOAD = "download";
    public static final String FLASH = "flash";

    private final String step;
    private final boolean retryable;

    public FlashStepException(String step, String reason, boolean retryable) {
        super(reason);
        this.step = step;
        this.retryable = retryable;
    }

    public static FlashStepException retryable(String step, String reason) {
        return new FlashStepException(step, reason, true);
    }

    public static FlashStepException permanent(String step, String reason) {
        return new FlashStepException(step, reason, false);
    }

    public String step() {
        return step;
    }

    public boolean retryable() {
        return retryable;
    }
}
