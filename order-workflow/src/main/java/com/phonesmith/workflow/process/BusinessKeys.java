package com.phonesmith.workflow.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The order id of a process: its business key. */
final class BusinessKeys {
    private BusinessKeys() {
    }

    static String orderIdOf(DelegateExecution execution) {
        String orderId = execution.getProcessBusinessKey();
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalStateException("process instance " + execution.getProcessInstanceId()
                    + " has no business key (order id)");
        }
        return orderId;
    }
}
