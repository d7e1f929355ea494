package com.phonesmith.workflow.process;

import com.phonesmith.workflow.order.OrderCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Compensation of a cancelled order: sends CancelBuild, so the factory releases the handset and the slot. */
@ApplicationScoped
@Named("cancelBuild")
public class CancelBuildDelegate implements JavaDelegate {
    private final OrderCommands commands;

    public CancelBuildDelegate(OrderCommands commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.cancelBuild(BusinessKeys.orderIdOf(execution));
    }
}
