package com.phonesmith.workflow.process;

import com.phonesmith.workflow.order.OrderCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Support approved another try after the rework ran out: the image goes onto another handset. */
@ApplicationScoped
@Named("swapHandset")
public class SwapHandsetDelegate implements JavaDelegate {
    private final OrderCommands commands;

    public SwapHandsetDelegate(OrderCommands commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.swapHandset(BusinessKeys.orderIdOf(execution));
    }
}
