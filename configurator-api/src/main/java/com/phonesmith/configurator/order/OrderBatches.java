package com.phonesmith.configurator.order;

import com.phonesmith.platform.batch.GroupCommit;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Group commit of orders: each order whose payment is authorised waits for the transaction of its batch
 * ({@link OrderWriter}, sizes from {@code phonesmith.orders.batch.*}) and is answered only once that committed, so a
 * 201 still means written durably with its OrderPlaced message. While one batch commits the next one gathers: the
 * busier the intake (a launch opening), the larger the batches and the fewer the commits per order.
 */
@ApplicationScoped
public class OrderBatches {
    private static final Logger LOG = Logger.getLogger(OrderBatches.class);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(70);

    private final GroupCommit<PendingOrder, PendingOrder.Written> batches;

    public OrderBatches(OrderWriter writer, OrdersConfig config, MeterRegistry meters) {
        DistributionSummary sizes = DistributionSummary.builder("orders.batch.size")
                .description("orders written per transaction").register(meters);
        this.batches = new GroupCommit<>("order-batches", config.batch(),
                orders -> {
                    sizes.record(orders.size());
                    try {
                        return QuarkusTransaction.requiringNew().call(() -> writer.write(orders));
                    } catch (RuntimeException e) {
                        if (deadlocked(e)) {
                            // two batches (writers, replicas) meeting on a launch buyer's lock in another order:
                            // the database rolled this one back whole, so it is written again once
                            return QuarkusTransaction.requiringNew().call(() -> writer.write(orders));
                        }
                        LOG.warnf(e, "a batch of %d orders failed and was rolled back", orders.size());
                        throw e;
                    }
                });
    }

    /**
     * Writes the order with its batch and answers what became of it once that batch committed.
     *
     * @throws IllegalStateException when its batch failed or did not end in time: then nothing of it was written
     */
    PendingOrder.Written write(PendingOrder order) {
        try {
            return batches.submit(order).get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the order's batch could not be written: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the order's batch was not written within " + LONGEST_WAIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the order's batch was written", e);
        }
    }

    private static boolean deadlocked(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "40P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        batches.close();
    }
}
