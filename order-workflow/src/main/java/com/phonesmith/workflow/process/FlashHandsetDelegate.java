package com.phonesmith.workflow.process;

import com.phonesmith.workflow.order.OrderCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Sends FlashHandset (the stored image's url, digest and fingerprint) to factory-adapter. Reads only the order id (the business key); the rest comes from the order's own row. */
@ApplicationScoped
@Named("flashHandset")
public class FlashHandsetDelegate implements JavaDelegate {
    private final OrderCommands commands;

    public FlashHandsetDelegate(OrderCommands commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.flashHandset(BusinessKeys.orderIdOf(execution));
    }
}
