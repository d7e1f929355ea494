package com.phonesmith.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.IncidentQuery;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The one place that talks to the process engine about an order's process (BPMN {@value #PROCESS_KEY},
 * business key = order id). Everything else speaks in orders and events, so the engine stays
 * replaceable (Operaton, another engine) behind this class, the BPMN file and the delegates.
 *
 * <p>Every call joins the caller's JTA transaction. The engine runs a process synchronously up to its
 * next wait state inside that transaction, and the commands its delegates write to the outbox are only
 * relayed after it commits; so a reply to a command can never arrive before the process waits for it.
 */
@ApplicationScoped
public class OrderProcess {
    public static final String PROCESS_KEY = "phone-order";
    public static final String BPMN_RESOURCE = "bpmn/phone-order.bpmn";

    /**
     * Message names of the BPMN's catch events, which are also the ids of its waits. Which event is correlated to
     * which message is declared with the event ({@code order/OrderEvent}); these name the waits this class and the
     * delegates reason about.
     */
    public static final String IMAGE_READY = "ImageReady";
    public static final String HANDSET_RESERVED = "HandsetReserved";
    public static final String SHIPPED = "Shipped";
    public static final String DELIVERED = "Delivered";
    public static final String QA_FAILED = "QaFailed";
    public static final String REWORK_APPROVED = "ReworkApproved";
    public static final String CANCEL_REQUESTED = "CancelRequested";
    public static final String BUILD_CANCELLED = "BuildCancelled";
    public static final String PAYMENT_RELEASED = "PaymentReleased";

    /** Longest incident message kept (the engine's column holds 4000 characters). */
    static final int MAX_INCIDENT_MESSAGE = 1000;

    private final RuntimeService runtime;
    private final HistoryService history;
    private final ManagementService management;
    private final PromiseTimers promiseTimers;
    private final boolean historyKeepsProcesses;

    public OrderProcess(ProcessEngine engine, PromiseTimers promiseTimers) {
        this.runtime = engine.getRuntimeService();
        this.history = engine.getHistoryService();
        this.management = engine.getManagementService();
        this.promiseTimers = promiseTimers;
        HistoryLevel level = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel();
        this.historyKeepsProcesses = level.getId() >= HistoryLevel.HISTORY_LEVEL_ACTIVITY.getId();
    }

    /** Starts the order's process; refuses when the order has one already (running or ended). */
    @Transactional(Transactional.TxType.MANDATORY)
    public String start(String orderId) {
        if (exists(orderId)) {
            throw new ProcessAlreadyStartedException(orderId);
        }
        try {
            return runtime.startProcessInstanceByKey(PROCESS_KEY, orderId, promiseTimers.variablesOf(orderId)).getId();
        } catch (OptimisticLockingException e) {
            throw new ProcessBusyException(orderId, e);
        }
    }

    /**
     * Whether a process of this order was ever started. History (at level activity or above, as shipped: audit) holds
     * running processes as well as ended ones, so one query answers; without history only running ones are known.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean exists(String orderId) {
        if (historyKeepsProcesses) {
            return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                    .processInstanceBusinessKey(orderId).count() > 0;
        }
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(orderId).count() > 0;
    }

    /**
     * Hands an event to the wait for it (message name = receive task id); the incidents raised at that wait end with
     * it. Throws {@link ProcessNotWaitingException} when the process does not wait for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void correlate(String orderId, String message) {
        Optional<Wait> wait = waitFor(orderId, message);
        if (wait.isPresent()) {
            correlate(wait.get());
        } else {
            // a boundary or event subprocess message (QaFailed, CancelRequested), or a reply nothing waits for
            correlate(orderId, message, runtime.createMessageCorrelation(message).processInstanceBusinessKey(orderId));
        }
    }

    /** Hands an event to the wait {@link #waitFor} found in this transaction; the incidents raised there end. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void correlate(Wait wait) {
        resolveIncidentsAt(wait.executionId());
        correlate(wait.orderId(), wait.message(),
                runtime.createMessageCorrelation(wait.message()).processInstanceId(wait.processInstanceId()));
    }

    private static void correlate(String orderId, String message, MessageCorrelationBuilder correlation) {
        try {
            correlation.correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ProcessNotWaitingException(orderId, message, e);
        } catch (OptimisticLockingException e) {
            throw new ProcessBusyException(orderId, e);
        }
    }

    /** Where the order's process waits for this reply (message name = receive task id), if it does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Wait> waitFor(String orderId, String message) {
        return waitingExecution(orderId, message).map(execution ->
                new Wait(orderId, message, execution.getId(), execution.getProcessInstanceId()));
    }

    /**
     * The handset failed QA: interrupts the wait for Shipped, whose incidents end, and reworks it. When the rework
     * has run out, the order is raised to support at ReworkApproved with {@code reason} (returned).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OpenIncident> qaFailed(String orderId, String reason) {
        resolveAt(orderId, SHIPPED);
        correlate(orderId, QA_FAILED);
        return raise(orderId, REWORK_APPROVED, IncidentKind.QA_REWORK_EXHAUSTED, reason);
    }

    /** Support approved another handset after the rework ran out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reworkApproved(String orderId) {
        correlate(orderId, REWORK_APPROVED);
    }

    /**
     * Stops the order wherever it is and starts its compensation (the BPMN's event subprocess). Incidents of the
     * stopped steps end with them: nothing is left for support to act on but the compensation's own waits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(String orderId) {
        Optional<ProcessInstance> instance = instanceOf(orderId);
        if (instance.isEmpty()) {
            throw new IllegalStateException("order " + orderId + " has no running process to cancel");
        }
        runtime.createIncidentQuery().processInstanceId(instance.get().getId()).list().stream()
                .filter(incident -> IncidentKind.ofEngineType(incident.getIncidentType()) != IncidentKind.JOB_FAILED)
                .forEach(incident -> runtime.resolveIncident(incident.getId()));
        correlate(orderId, CANCEL_REQUESTED);
    }

    /** Whether the order's process is running (started, not yet ended). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isRunning(String orderId) {
        return instanceOf(orderId).isPresent();
    }

    /**
     * Raises the order to support: an incident on the execution waiting for the reply, with the reason in words.
     * Nothing is raised (empty) when the process is not waiting there, or such an incident is open there already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OpenIncident> raise(String orderId, String waitingFor, IncidentKind kind, String message) {
        Optional<Execution> waiting = waitingExecution(orderId, waitingFor);
        if (waiting.isEmpty() || runtime.createIncidentQuery().executionId(waiting.get().getId())
                .incidentType(kind.engineType()).count() > 0) {
            return Optional.empty();
        }
        String text = message.length() > MAX_INCIDENT_MESSAGE ? message.substring(0, MAX_INCIDENT_MESSAGE - 1) + "…"
                : message;
        Incident incident = runtime.createIncident(kind.engineType(), waiting.get().getId(), orderId, text);
        return Optional.of(OpenIncident.of(incident, orderId));
    }

    /** The open incidents of all orders, newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OpenIncident> openIncidents(int limit) {
        List<Incident> incidents = incidentsOfOrders().orderByIncidentTimestamp().desc().listPage(0, limit);
        Map<String, String> orderIds = orderIdsOf(incidents.stream().map(Incident::getProcessInstanceId)
                .collect(Collectors.toSet()));
        return incidents.stream()
                .map(incident -> OpenIncident.of(incident, orderIds.get(incident.getProcessInstanceId())))
                .toList();
    }

    /** The order's open incidents, newest first (none when the order has no process). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OpenIncident> openIncidentsOf(String orderId) {
        return instanceOf(orderId).map(instance -> runtime.createIncidentQuery()
                        .processInstanceId(instance.getId()).orderByIncidentTimestamp().desc().list().stream()
                        .map(incident -> OpenIncident.of(incident, orderId)).toList())
                .orElse(List.of());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long openIncidentCount() {
        return incidentsOfOrders().count();
    }

    /** The open incident with this id, if it is one of this order's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OpenIncident> openIncident(String orderId, String incidentId) {
        Optional<ProcessInstance> instance = instanceOf(orderId);
        if (instance.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(runtime.createIncidentQuery().incidentId(incidentId)
                        .processInstanceId(instance.get().getId()).singleResult())
                .map(incident -> OpenIncident.of(incident, orderId));
    }

    /**
     * Ends an incident: one of ours is resolved; a failed job gets one more try, and the engine ends the incident
     * when that try succeeds (or raises a new one when it fails again).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolve(OpenIncident incident) {
        if (incident.kind() == IncidentKind.JOB_FAILED) {
            management.setJobRetries(incident.jobId(), 1);
        } else {
            runtime.resolveIncident(incident.id());
        }
    }

    /** Resolves the order's incidents at a wait whose reply has come. */
    private void resolveAt(String orderId, String waitingFor) {
        waitingExecution(orderId, waitingFor).ifPresent(execution -> resolveIncidentsAt(execution.getId()));
    }

    private void resolveIncidentsAt(String executionId) {
        runtime.createIncidentQuery().executionId(executionId).list().stream()
                .filter(incident -> IncidentKind.ofEngineType(incident.getIncidentType()) != IncidentKind.JOB_FAILED)
                .forEach(incident -> runtime.resolveIncident(incident.getId()));
    }

    private IncidentQuery incidentsOfOrders() {
        return runtime.createIncidentQuery().processDefinitionKeyIn(PROCESS_KEY);
    }

    private Map<String, String> orderIdsOf(Set<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private Optional<ProcessInstance> instanceOf(String orderId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(orderId).singleResult());
    }

    private Optional<Execution> waitingExecution(String orderId, String activityId) {
        return runtime.createExecutionQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(orderId)
                .activityId(activityId).list().stream().findFirst();
    }
}
