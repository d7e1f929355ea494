package com.phonesmith.workflow.process;

import com.phonesmith.workflow.order.OrderCommands;
import com.phonesmith.workflow.order.OrderService;
import com.phonesmith.workflow.timeline.EntryType;
import com.phonesmith.workflow.timeline.TimelineDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A reply did not come within its bound: says so on the timeline, sends the command again where that is safe, and
 * raises the order to support. The wait itself goes on (the timer does not interrupt it).
 */
@ApplicationScoped
@Named("replyOverdue")
public class ReplyOverdueDelegate implements JavaDelegate {
    /** The local variable (a BPMN input parameter) naming the reply waited for. */
    static final String WAITING_FOR = "waitingFor";

    private final OrderService orders;
    private final OrderCommands commands;
    private final OrderProcess process;
    private final WaitBounds bounds;

    public ReplyOverdueDelegate(OrderService orders, OrderCommands commands, OrderProcess process, WaitBounds bounds) {
        this.orders = orders;
        this.commands = commands;
        this.process = process;
        this.bounds = bounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orderId = BusinessKeys.orderIdOf(execution);
        String waitingFor = (String) execution.getVariableLocal(WAITING_FOR);
        orders.get(orderId); // one event of an order at a time, as for every reply
        String bound = bounds.of(waitingFor);
        Optional<String> sentAgain = commands.sendAgainFor(orderId, waitingFor);
        String reason = TimelineDetails.replyOverdue(waitingFor, bound, sentAgain.orElse(null));
        orders.record(orderId, EntryType.REPLY_OVERDUE, reason, null);
        process.raise(orderId, waitingFor, IncidentKind.REPLY_OVERDUE, reason).ifPresent(incident ->
                orders.record(orderId, EntryType.INCIDENT_RAISED, TimelineDetails.incidentRaised(reason), null));
    }
}
