package com.phonesmith.handset;

/** A command the handset refuses; the message goes back to the host in a FAIL reply. */
final class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message, null, false, false);
    }
}
