package com.phonesmith.configurator.promise;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What may be promised, from the factory's answer: never a delivery more than seven days after today, never a date
 * the factory did not give, and nothing at all when its answer cannot be right. Plain rules, no Quarkus.
 */
public final class PromiseRules {
    /** Seven days is the product: a delivery later than this many days after today is not promised. */
    public static final int DAYS = 7;
    /** A reason longer than this is not a sentence for the shopper. */
    static final int MAX_REASON = 300;
    static final String NOT_WITHIN_SEVEN_DAYS = "we cannot promise delivery within seven days";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private PromiseRules() {
    }

    /**
     * The promise for the variant today: the factory's, when it delivers within {@link #DAYS} days; its refusal
     * with its reason; and the honest "cannot promise right now" without any date when there is no answer or the
     * answer cannot be right.
     */
    public static Promise judge(VariantCode asked, Optional<FactoryAnswer> answer, LocalDate today) {
        if (answer.isEmpty() || nonsenseIn(asked, answer.get()).isPresent()
                || before(answer.get().shipDate(), today) || before(answer.get().deliveryDate(), today)) {
            return Promise.cannotPromiseNow(asked);
        }
        FactoryAnswer factory = answer.get();
        if (!factory.promisable()) {
            String reason = factory.reason() == null || factory.reason().isBlank() ? NOT_WITHIN_SEVEN_DAYS
                    : factory.reason().strip();
            return Promise.notPromised(asked, factory.shipDate(), factory.deliveryDate(), reason);
        }
        if (factory.deliveryDate().isAfter(today.plusDays(DAYS))) {
            return Promise.notPromised(asked, factory.shipDate(), factory.deliveryDate(),
                    "the earliest delivery is " + DAY.format(factory.deliveryDate()) + ", beyond seven days");
        }
        return Promise.promised(asked, factory.shipDate(), factory.deliveryDate());
    }

    /**
     * Why the answer cannot be right whatever the day: another variant than asked, a promise without its dates,
     * shipping after delivery, a reason that is no sentence. Empty when it may be right.
     */
    static Optional<String> nonsenseIn(VariantCode asked, FactoryAnswer answer) {
        if (!asked.model().equals(answer.model()) || !asked.colour().equals(answer.colour())
                || asked.storageGb() != answer.storageGb()) {
            return Optional.of("it answered for " + answer.model() + " " + answer.colour() + " "
                    + answer.storageGb() + " GB, not for " + asked);
        }
        if (answer.promisable() && (answer.shipDate() == null || answer.deliveryDate() == null)) {
            return Optional.of("it promised without a ship date and a delivery date");
        }
        if (answer.shipDate() != null && answer.deliveryDate() != null
                && answer.shipDate().isAfter(answer.deliveryDate())) {
            return Optional.of("it ships on " + answer.shipDate() + ", after the delivery on " + answer.deliveryDate());
        }
        if (answer.reason() != null && (answer.reason().length() > MAX_REASON
                || answer.reason().chars().anyMatch(Character::isISOControl))) {
            return Optional.of("its reason is not a sentence for a shopper");
        }
        return Optional.empty();
    }

    private static boolean before(LocalDate date, LocalDate today) {
        return date != null && date.isBefore(today);
    }
}
