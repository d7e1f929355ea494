package com.phonesmith.workflow.order;

/** A message whose order data cannot be stored as it is (an id of the wrong syntax, a missing field). */
public class MalformedOrderException extends RuntimeException {
    public MalformedOrderException(String message) {
        super(message);
    }
}
