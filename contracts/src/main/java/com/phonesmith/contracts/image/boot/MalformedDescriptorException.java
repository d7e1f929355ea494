package com.phonesmith.contracts.image.boot;

/** Bytes that are not a well-formed boot descriptor; the message says what is wrong and where. */
public class MalformedDescriptorException extends RuntimeException {
    public MalformedDescriptorException(String message) {
        super(message);
    }

    public MalformedDescriptorException(String message, Throwable cause) {
        super(message, cause);
    }
}
