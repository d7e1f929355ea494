package com.phonesmith.web.order;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The status of an order as the pages show it.
 *
 * @param code     normalised status code, e.g. {@code QA_PASSED}
 * @param label    for people, e.g. "QA passed"
 * @param tone     {@code progress}, {@code done}, {@code problem} or {@code ended} (a CSS class suffix): a cancelled
 *                 order has ended as somebody decided, which is neither a success nor something going wrong
 * @param finished true once nothing more will happen that the tracking page should wait for: the page stops
 *                 refreshing its timeline
 */
public record OrderStatus(String code, String label, String tone, boolean finished) {
    static final String UNKNOWN = "UNKNOWN";

    /** A shipped order is not finished: its delivery is still to come. */
    private static final Set<String> FINISHED = Set.of("DELIVERED", "COMPLETED", "CANCELLED");
    private static final Set<String> DONE = Set.of("SHIPPED", "DELIVERED", "COMPLETED");
    /** Ended on purpose: neither done nor a problem (the shopper who cancelled should not see an alarm). */
    private static final Set<String> ENDED = Set.of("CANCELLED");
    private static final List<String> PROBLEM_WORDS =
            List.of("FAIL", "PROBLEM", "CANCEL", "INCIDENT", "ESCALAT", "REJECT");
    private static final Set<String> ACRONYMS = Set.of("QA", "OS", "IMEI", "SLA");
    /** Codes whose words alone would not say enough; every other code is read word by word. */
    private static final Map<String, String> LABELS = Map.of("IMAGE_FAILED", "Image build failed");

    /**
     * The current status of an order: the workflow's, which follows the factory, or the order's own status
     * when the workflow does not know the order yet (or reports no status).
     */
    public static OrderStatus current(String workflowStatus, String orderStatus) {
        return of(isBlank(workflowStatus) ? orderStatus : workflowStatus);
    }

    /** Maps a status code (any case, '-', '_' or ' ' between words) to its display form. */
    public static OrderStatus of(String status) {
        String code = normalise(status);
        String tone = DONE.contains(code) ? "done" : ENDED.contains(code) ? "ended"
                : PROBLEM_WORDS.stream().anyMatch(code::contains) ? "problem" : "progress";
        return new OrderStatus(code, label(code), tone, FINISHED.contains(code));
    }

    static String normalise(String status) {
        if (isBlank(status)) {
            return UNKNOWN;
        }
        return status.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }

    private static String label(String code) {
        String known = LABELS.get(code);
        if (known != null) {
            return known;
        }
        StringBuilder label = new StringBuilder();
        for (String word : code.split("_+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (label.length() > 0) {
                label.append(' ');
            }
            if (ACRONYMS.contains(word)) {
                label.append(word);
            } else if (label.length() == 0) {
                label.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            } else {
                label.append(word.toLowerCase(Locale.ROOT));
            }
        }
        return label.toString();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
