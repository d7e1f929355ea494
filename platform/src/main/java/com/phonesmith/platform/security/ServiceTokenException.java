package com.phonesmith.platform.security;

/** This service could not obtain its own token (bad credentials, or the token endpoint is down). */
public class ServiceTokenException extends RuntimeException {
    public ServiceTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
