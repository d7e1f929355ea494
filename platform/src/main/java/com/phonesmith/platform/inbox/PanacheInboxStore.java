package com.phonesmith.platform.inbox;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Inbox rows keyed by (message id, consumer). A concurrent second delivery waits on the first one's
 * uncommitted row and then sees the conflict, so the effect never runs twice.
 */
@ApplicationScoped
public class PanacheInboxStore implements InboxStore {
    @Override
    public boolean recordFirstDelivery(UUID messageId, String consumer) {
        int inserted = Panache.getEntityManager().createNativeQuery(
                "insert into inbox_message (message_id, consumer, handled_at) values (:id, :consumer, now()) "
                        + "on conflict do nothing")
                .setParameter("id", messageId)
                .setParameter("consumer", consumer)
                .executeUpdate();
        return inserted == 1;
    }
}
