package com.phonesmith.workflow.process;

/** A process for this order exists already; an order has exactly one. */
public class ProcessAlreadyStartedException extends RuntimeException {
    public ProcessAlreadyStartedException(String orderId) {
        super("a " + OrderProcess.PROCESS_KEY + " process for order " + orderId + " exists already");
    }
}
