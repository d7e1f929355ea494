package com.phonesmith.workflow.process;

/**
 * What a failed QA check leads to: the first {@code reflashes} failures flash the same handset again, the next
 * {@code swaps} put the image onto another handset, and any failure after those stops and asks support (who may
 * approve another handset, or cancel the order).
 */
public enum Rework {
    REFLASH,
    SWAP,
    ASK_SUPPORT;

    /** @param qaFailures the failures so far, this one included (1 for the first) */
    public static Rework after(int qaFailures, int reflashes, int swaps) {
        if (qaFailures < 1) {
            throw new IllegalArgumentException("no QA failure to rework (count " + qaFailures + ")");
        }
        if (reflashes < 0 || swaps < 0) {
            throw new IllegalArgumentException("rework bounds cannot be negative: reflashes " + reflashes
                    + ", swaps " + swaps);
        }
        if (qaFailures <= reflashes) {
            return REFLASH;
        }
        return qaFailures <= reflashes + swaps ? SWAP : ASK_SUPPORT;
    }
}
