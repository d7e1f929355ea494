package com.phonesmith.workflow.process;

/** A message came for an order whose process is not waiting for it (unknown order, or not at that point). */
public class ProcessNotWaitingException extends RuntimeException {
    public ProcessNotWaitingException(String orderId, String message, Throwable cause) {
        super("the process of order " + orderId + " is not waiting for " + message + ": " + cause.getMessage(), cause);
    }
}
