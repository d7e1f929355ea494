package com.phonesmith.workflow.process;

/**
 * Where an order's process waits for a reply: the execution at the wait (message name = receive task id), as
 * {@link OrderProcess#waitFor} found it. Valid in the transaction that found it, while nothing else moved the process
 * (the order's row lock, taken before, keeps other events of the order out).
 */
public record Wait(String orderId, String message, String executionId, String processInstanceId) {
}
