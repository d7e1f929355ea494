package com.phonesmith.configurator.promise;

/** factory-adapter gave no usable answer: it could not be reached, was too slow, or answered what cannot be read. */
class FactoryException extends Exception {
    FactoryException(String message) {
        super(message);
    }

    FactoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
