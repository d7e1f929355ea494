package com.phonesmith.workflow.incident;

import com.phonesmith.contracts.events.SwapHandset;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.workflow.order.OrderCommands;
import com.phonesmith.workflow.order.OrderId;
import com.phonesmith.workflow.order.OrderService;
import com.phonesmith.workflow.process.IncidentKind;
import com.phonesmith.workflow.process.OpenIncident;
import com.phonesmith.workflow.process.OrderProcess;
import com.phonesmith.workflow.timeline.EntryType;
import com.phonesmith.workflow.timeline.TimelineDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Orders raised to support, and support's retry: the incident ends and the order's step is tried again. */
@ApplicationScoped
public class IncidentService {
    private final OrderProcess process;
    private final OrderService orders;
    private final OrderCommands commands;

    public IncidentService(OrderProcess process, OrderService orders, OrderCommands commands) {
        this.process = process;
        this.orders = orders;
        this.commands = commands;
    }

    @Transactional
    public IncidentPage open(int limit) {
        return new IncidentPage(process.openIncidents(limit).stream().map(IncidentView::of).toList(),
                process.openIncidentCount());
    }

    /** One order's open incidents: what support's order page shows beside the timeline. */
    @Transactional
    public IncidentPage openOf(String orderId) {
        List<IncidentView> items = process.openIncidentsOf(orderId).stream().map(IncidentView::of).toList();
        return new IncidentPage(items, items.size());
    }

    /**
     * Ends the order's incident and tries its step again: the command whose reply is awaited is sent again (for a
     * failed build or an overdue reply), the factory flashes again (after it gave up), another handset is approved
     * (after QA rework ran out), or the failed step of the process runs once more. Recorded with its actor.
     */
    @Transactional
    public IncidentRetry retry(String orderId, String incidentId, String actor) {
        String problem = OrderId.problemWith(orderId);
        if (problem != null) {
            throw ProblemException.badRequest("orderId", problem);
        }
        if (orders.find(orderId).isEmpty()) {
            throw ProblemException.notFound("order " + orderId + " is not known");
        }
        orders.get(orderId); // waits for an event of the order being handled now
        OpenIncident incident = process.openIncident(orderId, incidentId).orElseThrow(() -> ProblemException.notFound(
                "incident " + incidentId + " is not open on order " + orderId + " (it may have been resolved)"));
        process.resolve(incident);
        String resent = switch (incident.kind()) {
            case JOB_FAILED -> null;
            case QA_REWORK_EXHAUSTED -> {
                process.reworkApproved(orderId); // the image goes onto another handset
                yield SwapHandset.class.getSimpleName();
            }
            case FACTORY_STEP_FAILED -> commands.flashHandset(orderId).getClass().getSimpleName();
            default -> commands.sendAgainFor(orderId, incident.waitingFor()).orElse(null);
        };
        orders.record(orderId, EntryType.SUPPORT_RETRIED,
                TimelineDetails.supportRetried(actor, incident.message(), resent), null);
        return new IncidentRetry(orderId, incidentId, resent);
    }
}
