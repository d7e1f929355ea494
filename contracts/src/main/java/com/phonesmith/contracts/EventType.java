package com.phonesmith.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the message type and version that an {@link Event} class carries on the wire. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String name();

    int version();

    /** The topic the message is published on. */
    String topic();
}
