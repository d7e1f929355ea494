package com.phonesmith.web.support;

import com.phonesmith.web.backend.DeadLetter;
import com.phonesmith.web.backend.DeadLetterPage;
import com.phonesmith.web.format.DisplayTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The "Dead letters" part of support's page: the messages order-workflow could not handle and that wait for
 * support, as rows, or, when it could not be asked ({@code loaded} false), nothing and a note on the page.
 */
public record OpenDeadLetters(boolean loaded, List<Row> rows, long total) {

    /**
     * One dead letter: when it came, from which topic, its type (words for none: the payload could not be read),
     * its key (an order's page when the key is an order id), and why it could not be handled.
     */
    public record Row(long id, DisplayTime receivedAt, String topic, String type, String key, boolean keyIsOrder,
            String reason) {
    }

    public OpenDeadLetters {
        rows = List.copyOf(rows);
    }

    static OpenDeadLetters of(DeadLetterPage page, ZoneId zone) {
        return new OpenDeadLetters(true, page.items().stream().map(d -> row(d, zone)).toList(), page.total());
    }

    static OpenDeadLetters unavailable() {
        return new OpenDeadLetters(false, List.of(), 0);
    }

    /** More dead letters are open than order-workflow lists (web asks for the newest 100). */
    public boolean more() {
        return total > rows.size();
    }

    /** The dead letter in a few words for a message: "ImageReady of order X", "an unreadable message, key K". */
    static String describe(DeadLetter letter) {
        String type = readable(letter) ? letter.messageType() : "an unreadable message";
        String key = letter.messageKey();
        if (key == null || key.isBlank()) {
            return type;
        }
        return isOrderId(key) ? type + " of order " + key : type + ", key " + key;
    }

    private static Row row(DeadLetter letter, ZoneId zone) {
        String key = letter.messageKey() == null ? "" : letter.messageKey();
        return new Row(letter.id(), DisplayTime.of(letter.receivedAt(), zone), letter.sourceTopic(),
                readable(letter) ? letter.messageType() : "Unreadable message", key, isOrderId(key), letter.reason());
    }

    /** order-workflow names no type when it could not parse the payload. */
    private static boolean readable(DeadLetter letter) {
        return letter.messageType() != null && !letter.messageType().isBlank();
    }

    private static boolean isOrderId(String key) {
        return SearchQuery.ORDER_ID.matcher(key).matches();
    }
}
