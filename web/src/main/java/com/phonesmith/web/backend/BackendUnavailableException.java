package com.phonesmith.web.backend;

/** A backend could not be reached, timed out, failed (5xx) or answered something unreadable. */
public class BackendUnavailableException extends RuntimeException {
    private final String backend;

    public BackendUnavailableException(String backend, String reason, Throwable cause) {
        super(backend + " is unavailable: " + reason, cause);
        this.backend = backend;
    }

    /** The backend's service name, e.g. {@code configurator-api}. */
    public String backend() {
        return backend;
    }
}
