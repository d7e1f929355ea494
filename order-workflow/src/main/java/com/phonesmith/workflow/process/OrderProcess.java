package com.phonesmith.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;

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

    /** Message names of the BPMN's catch events. */
    public static final String IMAGE_READY = "ImageReady";
    public static final String HANDSET_RESERVED = "HandsetReserved";
    public static final String SHIPPED = "Shipped";

    private final RuntimeService runtime;
    private final HistoryService history;

    public OrderProcess(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    /** Starts the order's process; refuses when the order has one already (running or ended). */
    @Transactional(Transactional.TxType.MANDATORY)
    public String start(String orderId) {
        if (exists(orderId)) {
            throw new ProcessAlreadyStartedException(orderId);
        }
        try {
            return runtime.startProcessInstanceByKey(PROCESS_KEY, orderId).getId();
        } catch (OptimisticLockingException e) {
            throw new ProcessBusyException(orderId, e);
        }
    }

    /** Whether a process of this order was ever started. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean exists(String orderId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(orderId).count() > 0
                || history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                        .processInstanceBusinessKey(orderId).count() > 0;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void imageReady(String orderId) {
        correlate(IMAGE_READY, orderId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void handsetReserved(String orderId) {
        correlate(HANDSET_RESERVED, orderId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void shipped(String orderId) {
        correlate(SHIPPED, orderId);
    }

    private void correlate(String message, String orderId) {
        try {
            runtime.createMessageCorrelation(message)
                    .processInstanceBusinessKey(orderId)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ProcessNotWaitingException(orderId, message, e);
        } catch (OptimisticLockingException e) {
            throw new ProcessBusyException(orderId, e);
        }
    }
}
