package com.phonesmith.web.backend;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns the REST client's failures into "not found" (or another refusal the caller expects) or
 * {@link BackendUnavailableException}.
 */
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
        return answer(backend, call, Set.of(404, 400)).body();
    }

    /** A backend's answer: its body, or (body empty) the status of a refusal the caller expects. */
    record Answer<T>(Optional<T> body, int refusal) {
    }

    /**
     * Calls a backend that may refuse the call with one of {@code refusals} (such as 404 and 409 for acting on
     * something gone or past acting on): such an answer is a result; any other failure means it is unavailable.
     */
    static <T> Answer<T> answer(String backend, Supplier<T> call, Set<Integer> refusals) {
        T answer;
        try {
            answer = call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (refusals.contains(status)) {
                return new Answer<>(Optional.empty(), status);
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
        return new Answer<>(Optional.of(answer), 0);
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
