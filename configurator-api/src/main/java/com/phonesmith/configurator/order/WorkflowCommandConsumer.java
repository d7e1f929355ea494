package com.phonesmith.configurator.order;

import com.phonesmith.configurator.payment.PaymentUnavailableException;
import com.phonesmith.configurator.payment.PaymentsConfig;
import com.phonesmith.contracts.events.CapturePayment;
import com.phonesmith.contracts.events.ReleasePayment;
import com.phonesmith.platform.consumer.Consumers;
import com.phonesmith.platform.consumer.Subscription;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Commands of order-workflow on workflow.commands for this service: CapturePayment and ReleasePayment (consumer
 * group and inbox consumer "configurator-api"); the other commands on the topic are for other services and are
 * passed over. Through the platform's consumer: inbox in the same transaction as the effect, so a message delivered
 * twice acts once. A provider that cannot be reached is tried again ({@code phonesmith.payments.settle-attempts}
 * times in all, counted in {@code payments.settle.retries}); then, like an unknown order or a refusal of the
 * provider, the command goes to the dead-letter topic with the reason, where support sees it and can replay it.
 */
@ApplicationScoped
public class WorkflowCommandConsumer {
    public static final String CONSUMER = "configurator-api";

    private final Consumers consumers;
    private final OrderPayments payments;
    private final Subscription commands;

    public WorkflowCommandConsumer(Consumers consumers, OrderPayments payments, PaymentsConfig config,
            MeterRegistry meters) {
        this.consumers = consumers;
        this.payments = payments;
        Counter retries = Counter.builder("payments.settle.retries")
                .description("workflow commands on payments tried again after the provider could not be reached")
                .register(meters);
        this.commands = Subscription.of(CONSUMER, CapturePayment.class, ReleasePayment.class)
                .attempts(config.settleAttempts())
                .retryingAlso(failure -> failure instanceof PaymentUnavailableException)
                .onRetry(failure -> retries.increment());
    }

    @Incoming("workflow-commands")
    @Blocking
    public void onMessage(String json) {
        consumers.consume(commands, json, (envelope, event) -> {
            if (event instanceof CapturePayment command) {
                payments.capture(command);
            } else if (event instanceof ReleasePayment command) {
                payments.release(command);
            }
        });
    }
}
