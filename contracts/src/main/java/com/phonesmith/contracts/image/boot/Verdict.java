package com.phonesmith.contracts.image.boot;

import java.util.Objects;
import java.util.Optional;

/** What {@link BootVerifier} concluded: verified (with the descriptor), or the first check that failed and why. */
public final class Verdict {
    /** Which check decided. Checks run in this order; the first failure is the verdict. */
    public enum Outcome {
        VERIFIED,
        /** the bytes are not a well-formed descriptor */
        MALFORMED,
        /** signed with a key the device does not trust */
        UNTRUSTED_KEY,
        /** the signature is not that of the trusted key over these bytes */
        BAD_SIGNATURE,
        /** older than the device's stored rollback index */
        ROLLED_BACK,
        /** a listed partition holds nothing */
        PARTITION_MISSING,
        /** a listed partition's signed bytes have another digest (or there are fewer of them) */
        PARTITION_MISMATCH,
        /** a listed partition could not be read */
        PARTITION_UNREADABLE
    }

    private final Outcome outcome;
    private final String reason;
    private final BootDescriptor descriptor;

    private Verdict(Outcome outcome, String reason, BootDescriptor descriptor) {
        this.outcome = Objects.requireNonNull(outcome);
        this.reason = Objects.requireNonNull(reason);
        this.descriptor = descriptor;
    }

    static Verdict verified(BootDescriptor descriptor) {
        return new Verdict(Outcome.VERIFIED, "verified: signed with key " + descriptor.keyId() + ", rollback index "
                + descriptor.rollbackIndex() + ", " + descriptor.partitions().size() + " partition(s) match",
                descriptor);
    }

    static Verdict refused(Outcome outcome, String reason) {
        if (outcome == Outcome.VERIFIED) {
            throw new IllegalArgumentException("a refusal needs a failed check");
        }
        return new Verdict(outcome, reason, null);
    }

    /** Whether every check passed and the device may boot. */
    public boolean ok() {
        return outcome == Outcome.VERIFIED;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Readable: on refusal, what failed, e.g. {@code partition system does not match its signed digest}. */
    public String reason() {
        return reason;
    }

    /** The verified descriptor; empty when refused. */
    public Optional<BootDescriptor> descriptor() {
        return Optional.ofNullable(descriptor);
    }

    @Override
    public String toString() {
        return "Verdict[" + outcome + ": " + reason + "]";
    }
}
