package com.phonesmith.workflow.process;

/**
 * Another transaction changed the same process instance at the same time (two replies reaching the
 * parallel join together). Nothing was applied; trying the whole message again in a new transaction works.
 */
public class ProcessBusyException extends RuntimeException {
    public ProcessBusyException(String orderId, Throwable cause) {
        super("the process of order " + orderId + " was changed concurrently: " + cause.getMessage(), cause);
    }
}
