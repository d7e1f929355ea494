package com.phonesmith.configurator.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SHA-256 of a request in normalised form, to tell a retry of the same order from a different order sent
 * with a used idempotency key. Normalised: features, apps and removed defaults in sorted order, the email's domain in lower case.
 * The owner (the account placing it, or none for a guest) is part of it, so a key that another buyer used answers
 * "used for a different order" instead of somebody else's order.
 */
public final class OrderFingerprint {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OrderFingerprint() {
    }

    /** The normalised request as it is hashed (a fixed field order, so equal requests give equal JSON). */
    record Normalised(String model, String colour, Integer storageGb, List<String> features, List<String> apps,
            String customerEmail, String owner,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> removed,
            @JsonInclude(JsonInclude.Include.NON_NULL) String quoteId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String paymentMethod) {
    }

    public static String of(OrderRequest request, Optional<String> owner) {
        Normalised normalised = new Normalised(request.model(), request.colour(), request.storageGb(),
                request.features().stream().sorted().toList(), request.apps().stream().sorted().toList(),
                normaliseEmail(request.customerEmail()), owner.orElse(null),
                request.removed().stream().sorted().toList(),
                request.quoteId() == null ? null : request.quoteId().toLowerCase(Locale.ROOT), request.paymentMethod());
        try {
            return sha256(MAPPER.writeValueAsBytes(normalised));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint an order request", e);
        }
    }

    /** The SHA-256 of the text's UTF-8 bytes, in hex. */
    static String sha256(String text) {
        return sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The address with its domain in lower case (domains are case-insensitive, local parts may not be). */
    static String normaliseEmail(String email) {
        String trimmed = email.trim();
        int at = trimmed.lastIndexOf('@');
        return at < 0 ? trimmed : trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
