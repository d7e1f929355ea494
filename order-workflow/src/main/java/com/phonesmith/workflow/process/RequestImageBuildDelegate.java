package com.phonesmith.workflow.process;

import com.phonesmith.workflow.order.OrderCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Sends BuildImage to os-image-builder. Reads only the order id (the business key); the rest comes from the order's own row. */
@ApplicationScoped
@Named("requestImageBuild")
public class RequestImageBuildDelegate implements JavaDelegate {
    private final OrderCommands commands;

    public RequestImageBuildDelegate(OrderCommands commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.requestImageBuild(BusinessKeys.orderIdOf(execution));
    }
}
