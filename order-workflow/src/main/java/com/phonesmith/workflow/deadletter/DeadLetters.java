package com.phonesmith.workflow.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.platform.outbox.Outbox;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.workflow.order.OrderService;
import com.phonesmith.workflow.timeline.EntryType;
import com.phonesmith.workflow.timeline.TimelineDetails;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The dead letters support sees: kept once per record of the dead-letter topic, replayed to their original topic
 * through the outbox (the envelope unchanged, so consumers that handled it before still skip it), or discarded
 * with a note. Each action names its actor, and shows on the order's timeline when the key is an order.
 */
@ApplicationScoped
public class DeadLetters {
    static final int MAX_NOTE = 500;
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** A record of the dead-letter topic, with what its headers say of the original. */
    public record Received(int dlqPartition, long dlqOffset, String sourceTopic, Long sourcePartition,
            Long sourceOffset, String key, String payload, String reason) {
    }

    private final Outbox outbox;
    private final OrderService orders;
    private final ObjectMapper json;
    private final Clock clock;

    public DeadLetters(Outbox outbox, OrderService orders, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.orders = orders;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public void keep(Received received) {
        int inserted = Panache.getEntityManager().createNativeQuery("""
                insert into dead_letter (dlq_partition, dlq_offset, source_topic, source_partition, source_offset,
                                         message_key, message_type, payload, reason, received_at, status)
                values (:partition, :offset, :topic, :sourcePartition, :sourceOffset, :key, :type, :payload, :reason,
                        :now, 'OPEN')
                on conflict (dlq_partition, dlq_offset) do nothing""")
                .setParameter("partition", received.dlqPartition())
                .setParameter("offset", received.dlqOffset())
                .setParameter("topic", received.sourceTopic())
                .setParameter("sourcePartition", received.sourcePartition() == null ? null
                        : received.sourcePartition().intValue())
                .setParameter("sourceOffset", received.sourceOffset())
                .setParameter("key", clip(received.key(), 200))
                .setParameter("type", clip(typeOf(received.payload()), 100))
                .setParameter("payload", received.payload() == null ? "" : received.payload())
                .setParameter("reason", received.reason())
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (inserted == 1) {
            LOG.warnf("dead letter from %s (key %s) kept for support: %s", received.sourceTopic(), received.key(),
                    received.reason());
        }
    }

    @Transactional
    public DeadLetterPage list(DeadLetterStatus status, int limit) {
        List<DeadLetterView> items = DeadLetter.<DeadLetter>find("status = ?1 order by receivedAt desc, id desc", status)
                .page(0, limit).stream().map(DeadLetterView::of).toList();
        return new DeadLetterPage(items, DeadLetter.count("status", status));
    }

    /** Sends the message again to the topic it came from, as it was; recorded with its actor and note. */
    @Transactional
    public DeadLetterView replay(long id, String actor, String note) {
        DeadLetter letter = open(id);
        if (letter.sourceTopic == null || letter.sourceTopic.isBlank()) {
            throw ProblemException.conflict("id", "dead letter " + id + " does not say which topic it came from;"
                    + " it can only be discarded");
        }
        outbox.publishAsIs(letter.sourceTopic, letter.messageKey == null ? "dead-letter-" + id : letter.messageKey,
                letter.payload);
        settle(letter, DeadLetterStatus.REPLAYED, actor, note);
        onTimeline(letter, EntryType.MESSAGE_REPLAYED, TimelineDetails.messageReplayed(letter.messageType,
                letter.sourceTopic, actor, note));
        return DeadLetterView.of(letter);
    }

    /** Sets the message aside for good; the note (why) is required. */
    @Transactional
    public DeadLetterView discard(long id, String actor, String note) {
        if (note == null || note.isBlank()) {
            throw ProblemException.badRequest("note", "say why the message is discarded (1 to " + MAX_NOTE
                    + " characters)");
        }
        DeadLetter letter = open(id);
        settle(letter, DeadLetterStatus.DISCARDED, actor, note);
        onTimeline(letter, EntryType.MESSAGE_DISCARDED, TimelineDetails.messageDiscarded(letter.messageType, actor,
                note));
        return DeadLetterView.of(letter);
    }

    private DeadLetter open(long id) {
        DeadLetter letter = DeadLetter.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (letter == null) {
            throw ProblemException.notFound("dead letter " + id + " is not known");
        }
        if (letter.status != DeadLetterStatus.OPEN) {
            throw ProblemException.conflict("id", "dead letter " + id + " was " + letter.status.name().toLowerCase()
                    + " by " + letter.actedBy + " at " + letter.actedAt);
        }
        return letter;
    }

    private void settle(DeadLetter letter, DeadLetterStatus status, String actor, String note) {
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw ProblemException.badRequest("note", "at most " + MAX_NOTE + " characters");
        }
        letter.status = status;
        letter.actedBy = actor;
        letter.actedAt = clock.instant();
        letter.note = note == null || note.isBlank() ? null : note.strip();
    }

    private void onTimeline(DeadLetter letter, EntryType type, String detail) {
        if (letter.messageKey != null && orders.find(letter.messageKey).isPresent()) {
            orders.record(letter.messageKey, type, detail, null);
        }
    }

    /** The envelope's type, or null when the payload is not an envelope. */
    private String typeOf(String payload) {
        try {
            JsonNode type = payload == null ? null : json.readTree(payload).get("type");
            return type == null || !type.isTextual() ? null : type.asText();
        } catch (Exception notJson) {
            return null;
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
