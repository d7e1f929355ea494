package com.phonesmith.workflow.process;

import com.phonesmith.workflow.order.OrderCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The order has shipped: sends CapturePayment to configurator-api, which takes the held amount. */
@ApplicationScoped
@Named("capturePayment")
public class CapturePaymentDelegate implements JavaDelegate {
    private final OrderCommands commands;

    public CapturePaymentDelegate(OrderCommands commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.capturePayment(BusinessKeys.orderIdOf(execution));
    }
}
