package com.phonesmith.web.promise;

import com.phonesmith.web.backend.Promise;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * A delivery promise as pages show it: "Delivered by Friday 4 December" with the day it ships, or, when no date is
 * promised, the reason in a sentence. A date that cannot be read is never shown as a promise.
 *
 * @param delivery the promised delivery day; null when nothing is promised
 * @param ship     the day it ships, when delivery is promised and the day is known; null otherwise
 * @param reason   why nothing is promised, as a sentence; null when a date is promised
 */
public record PromiseView(boolean promised, Day delivery, Day ship, String reason) {
    /** What a page says when configurator-api gives no promise at all. */
    public static final String UNAVAILABLE = "We cannot promise a delivery date right now.";
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    /** A day: {@code iso} for the {@code datetime} attribute of {@code <time>}, {@code text} for people. */
    public record Day(String iso, String text) {
        public static Optional<Day> of(String value) {
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            try {
                LocalDate day = LocalDate.parse(value.trim());
                return Optional.of(new Day(day.toString(), TEXT.format(day)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** configurator-api's promise; without one (null), nothing is promised "right now". */
    public static PromiseView of(Promise promise) {
        if (promise == null) {
            return notPromised(UNAVAILABLE);
        }
        if (!promise.promisable()) {
            return notPromised(promise.reason() == null || promise.reason().isBlank() ? UNAVAILABLE
                    : sentence(promise.reason()));
        }
        return promised(promise.shipDate(), promise.deliveryDate(), UNAVAILABLE);
    }

    public static PromiseView of(Optional<Promise> promise) {
        return of(promise.orElse(null));
    }

    /** The dates an order was placed with; none when no delivery date was promised then. */
    public static PromiseView ofOrder(String shipDate, String deliveryDate) {
        return promised(shipDate, deliveryDate, "No delivery date was promised when the order was placed.");
    }

    /** The short text: "Delivered by Friday 4 December", or that no date can be promised. */
    public String headline() {
        return promised ? "Delivered by " + delivery.text() : "No delivery date can be promised";
    }

    /** One sentence for a screen reader's status message. */
    public String summary() {
        return promised ? headline() + "." : headline() + ". " + reason;
    }

    private static PromiseView promised(String shipDate, String deliveryDate, String otherwise) {
        Optional<Day> delivery = Day.of(deliveryDate);
        if (delivery.isEmpty()) {
            return notPromised(otherwise);
        }
        return new PromiseView(true, delivery.get(), Day.of(shipDate).orElse(null), null);
    }

    private static PromiseView notPromised(String reason) {
        return new PromiseView(false, null, null, reason);
    }

    /** "no stock" as "No stock.": capitalised, with a full stop unless it ends with one already. */
    static String sentence(String reason) {
        String text = reason.strip();
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.matches(".*[.!?]$") ? text : text + ".";
    }
}
