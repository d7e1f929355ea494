package com.phonesmith.configurator.rules;

/** A feature model that cannot be used: an unknown reference, a contradiction or an option nobody can choose. */
public class InvalidFeatureModelException extends RuntimeException {
    public InvalidFeatureModelException(String message) {
        super(message);
    }
}
