package com.phonesmith.activations.activation;

import com.phonesmith.activations.device.Imei;
import com.phonesmith.contracts.devices.DeviceProof;
import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The form of a device request, checked before anything is looked up: each wrong field named, with why. */
public final class RequestCheck {
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Pattern PROOF = Pattern.compile("[A-Za-z0-9_-]{43}");

    private RequestCheck() {
    }

    /** Field errors of the request's form; empty if it is well formed. */
    public static List<Problem.FieldError> formErrors(String imei, DeviceRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String imeiProblem = Imei.problemWith(imei);
        if (imeiProblem != null) {
            errors.add(new Problem.FieldError("imei", imeiProblem));
        }
        if (request == null) {
            errors.add(new Problem.FieldError("body", "is required: timestamp, nonce and proof"));
            return errors;
        }
        if (request.timestamp() == null || request.timestamp().isBlank()) {
            errors.add(new Problem.FieldError("timestamp", "is required"));
        } else if (parse(request.timestamp()) == null) {
            errors.add(new Problem.FieldError("timestamp", "must be an ISO-8601 instant such as 2026-11-30T10:15:00Z"));
        }
        if (request.nonce() == null || !NONCE.matcher(request.nonce()).matches()) {
            errors.add(new Problem.FieldError("nonce", "must be 16 to 64 characters of A-Z, a-z, 0-9, _ and -"));
        }
        if (request.proof() == null || !PROOF.matcher(request.proof()).matches()) {
            errors.add(new Problem.FieldError("proof", "must be an HMAC-SHA256 in base64url (43 characters)"));
        }
        return errors;
    }

    /** Refuses a timestamp further from {@code now} than the tolerance. */
    public static ProblemException staleness(Instant timestamp, Instant now, Duration tolerance) {
        if (Duration.between(timestamp, now).abs().compareTo(tolerance) <= 0) {
            return null;
        }
        return new ProblemException(403, "Forbidden", "timestamp: is more than " + tolerance.toMinutes()
                + " minutes from the server's time (" + now + "); make a new request with the current time",
                List.of(new Problem.FieldError("timestamp", "is more than " + tolerance.toMinutes()
                        + " minutes from the server's time")));
    }

    /** Why a well-formed request is refused, counted by {@code reason}; {@code problem} is its answer. */
    public record Refused(String reason, ProblemException problem) {
    }

    /**
     * Whether a well-formed request is the device's own and fresh: refused for an IMEI never provisioned
     * ({@code verifier} null), a timestamp too far from {@code now}, or a proof that does not match; null if it is.
     */
    public static Refused authenticity(String verifier, String action, String imei, Instant timestamp, String nonce,
            String proof, Instant now, Duration tolerance) {
        if (verifier == null) {
            return new Refused("unknown-imei", ProblemException.notFound("no device with IMEI " + imei
                    + " was provisioned"));
        }
        ProblemException stale = staleness(timestamp, now, tolerance);
        if (stale != null) {
            return new Refused("stale-timestamp", stale);
        }
        if (!DeviceProof.matches(verifier, action, imei, timestamp, nonce, proof)) {
            return new Refused("wrong-proof", new ProblemException(403, "Forbidden",
                    "proof: does not match this device's secret for this request",
                    List.of(new Problem.FieldError("proof", "does not match this device's secret for this request"))));
        }
        return null;
    }

    static Instant parse(String timestamp) {
        try {
            return Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
