package com.phonesmith.activations.activation;

import com.phonesmith.activations.ActivationsConfig;
import com.phonesmith.platform.batch.GroupCommit;
import com.phonesmith.platform.problem.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Group commit of activations: each authenticated activation waits for the transaction of its batch
 * ({@link ActivationWriter}, sizes from {@code activations.batch.*}) and is answered only once that committed, so a
 * 201 still means written durably with its outbox row. A batch whose transaction fails answers each of its
 * activations with a 503, and none of them was recorded.
 */
@ApplicationScoped
public class ActivationBatches {
    private static final Logger LOG = Logger.getLogger(ActivationBatches.class);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(70);

    private final GroupCommit<ActivationWriter.Pending, ActivationWriter.Written> batches;

    public ActivationBatches(ActivationWriter writer, ActivationsConfig config) {
        this.batches = new GroupCommit<>("activation-batches", config.batch(),
                batch -> {
                    try {
                        return writer.write(batch);
                    } catch (RuntimeException | SQLException e) {
                        if (deadlocked(e)) {
                            // two batches activating the same devices in another order: the database rolled this
                            // one back whole, so it is written again once
                            return writer.write(batch);
                        }
                        LOG.warnf("a batch of %d activations failed and was rolled back: %s", batch.size(),
                                e.getMessage());
                        throw e;
                    }
                });
    }

    /**
     * Writes the activation with its batch; completes with its outcome once that batch committed, or with a 503 if it
     * failed or took too long. Nothing blocks the caller's thread.
     */
    public CompletionStage<ActivationWriter.Written> write(ActivationWriter.Pending pending) {
        CompletableFuture<ActivationWriter.Written> answer = new CompletableFuture<>();
        batches.submit(pending).orTimeout(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS).whenComplete((written, failure) -> {
            if (failure != null) {
                answer.completeExceptionally(notRecorded());
            } else {
                answer.complete(written);
            }
        });
        return answer;
    }

    private static boolean deadlocked(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "40P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException notRecorded() {
        return new ProblemException(503, "Service Unavailable", "the activation could not be recorded now;"
                + " send it again with a new nonce", List.of());
    }

    @PreDestroy
    void stop() throws InterruptedException {
        batches.close();
    }
}
