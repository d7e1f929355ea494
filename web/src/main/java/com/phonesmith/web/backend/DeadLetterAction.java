package com.phonesmith.web.backend;

import java.util.Optional;

/**
 * What came of replaying or discarding a dead letter: done (with the dead letter as it is now), or nothing, because
 * order-workflow does not know it (its 404) or it is no longer open (its 409: replayed or discarded meanwhile).
 */
public record DeadLetterAction(Outcome outcome, Optional<DeadLetter> letter) {

    public enum Outcome { DONE, NOT_KNOWN, NO_LONGER_OPEN }

    static DeadLetterAction done(DeadLetter letter) {
        return new DeadLetterAction(Outcome.DONE, Optional.of(letter));
    }

    /** The outcome of one of the refusals {@link WorkflowBackend} expects: 404 or 409. */
    static DeadLetterAction refused(int status) {
        return new DeadLetterAction(status == 409 ? Outcome.NO_LONGER_OPEN : Outcome.NOT_KNOWN, Optional.empty());
    }
}
