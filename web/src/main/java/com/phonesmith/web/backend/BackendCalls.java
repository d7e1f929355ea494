package com.phonesmith.web.backend;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.function.Supplier;

/** Turns the REST client's failures into "not found" or {@link BackendUnavailableException}. */
final class BackendCalls {
    private BackendCalls() {
    }

    /** Calls a backend that must answer; any failure means it is unavailable. */
    static <T> T required(String backend, Supplier<T> call) {
        return optional(backend, call).orElseThrow(
                () -> new BackendUnavailableException(backend, "it answered 404 for a resource it must have", null));
    }

    /**
     * Calls a backend for a resource, named by an id a person typed, that may not exist: a 404 answer is an
     * empty result, and so is a 400, which the backends give for an id that cannot exist in their format
     * (configurator-api's order ids are UUIDs; web does not need to know that).
     */
    static <T> Optional<T> optional(String backend, Supplier<T> call) {
        T answer;
        try {
            answer = call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 404 || status == 400) {
                return Optional.empty();
            }
            throw new BackendUnavailableException(backend, "it answered HTTP " + status, e);
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(backend, describe(e), e);
        } catch (RuntimeException e) {
            throw new BackendUnavailableException(backend, "its answer could not be read: " + describe(e), e);
        }
        if (answer == null) {
            throw new BackendUnavailableException(backend, "it answered with an empty body", null);
        }
        return Optional.of(answer);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
