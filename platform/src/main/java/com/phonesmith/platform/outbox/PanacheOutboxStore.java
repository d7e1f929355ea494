package com.phonesmith.platform.outbox;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The outbox table, claimed with SKIP LOCKED so several replicas relay without publishing a row twice. */
@ApplicationScoped
public class PanacheOutboxStore implements OutboxStore {

    @Override
    @SuppressWarnings("unchecked")
    public List<PendingMessage> claimUnsent(int limit) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                "select seq, topic, message_key, payload from outbox_message where sent_at is null "
                        + "order by seq limit :limit for update skip locked")
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(r -> new PendingMessage(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    @Override
    public void markSent(List<Long> seqs) {
        Panache.getEntityManager().createNativeQuery(
                "update outbox_message set sent_at = now(), attempts = attempts + 1 where seq in (:seqs)")
                .setParameter("seqs", seqs)
                .executeUpdate();
    }

    @Override
    public void markFailed(long seq, String error) {
        Panache.getEntityManager().createNativeQuery(
                "update outbox_message set attempts = attempts + 1, last_error = :error where seq = :seq")
                .setParameter("error", error)
                .setParameter("seq", seq)
                .executeUpdate();
    }
}
