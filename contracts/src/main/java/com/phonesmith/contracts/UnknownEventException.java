package com.phonesmith.contracts;

/** A message whose type or version this reader does not know, or whose payload does not parse. */
public class UnknownEventException extends RuntimeException {
    public UnknownEventException(String message) {
        super(message);
    }

    public UnknownEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
