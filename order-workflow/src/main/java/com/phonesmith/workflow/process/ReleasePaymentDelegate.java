package com.phonesmith.workflow.process;

import com.phonesmith.workflow.order.OrderCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Compensation of a cancelled order: sends ReleasePayment, so the hold is voided or the payment refunded. */
@ApplicationScoped
@Named("releasePayment")
public class ReleasePaymentDelegate implements JavaDelegate {
    private final OrderCommands commands;

    public ReleasePaymentDelegate(OrderCommands commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.releasePayment(BusinessKeys.orderIdOf(execution));
    }
}
