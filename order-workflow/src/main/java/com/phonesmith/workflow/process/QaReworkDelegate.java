package com.phonesmith.workflow.process;

import com.phonesmith.workflow.order.OrderCommands;
import com.phonesmith.workflow.order.OrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The handset failed QA: decides the rework from the order's count of failures ({@link Rework}) and sends its command
 * (FlashHandset again, or SwapHandset). The decision goes into the process variable {@value #REWORK} for the gateway;
 * when support must decide, the process waits at ReworkApproved and the incident is raised there.
 */
@ApplicationScoped
@Named("qaRework")
public class QaReworkDelegate implements JavaDelegate {
    static final String REWORK = "rework";

    private final OrderService orders;
    private final OrderCommands commands;
    private final ReworkConfig config;

    public QaReworkDelegate(OrderService orders, OrderCommands commands, ReworkConfig config) {
        this.orders = orders;
        this.commands = commands;
        this.config = config;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orderId = BusinessKeys.orderIdOf(execution);
        Rework rework = Rework.after(orders.get(orderId).qaFailures, config.reflashes(), config.swaps());
        switch (rework) {
            case REFLASH -> commands.reflash(orderId);
            case SWAP -> commands.swapHandset(orderId);
            case ASK_SUPPORT -> { } // raised once the process waits at ReworkApproved
        }
        execution.setVariable(REWORK, rework.name());
    }
}
