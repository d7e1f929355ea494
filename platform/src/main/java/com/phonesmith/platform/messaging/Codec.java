package com.phonesmith.platform.messaging;

import com.phonesmith.contracts.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The event codec as a bean, knowing every type of the contracts on the classpath. */
@ApplicationScoped
public class Codec {
    @Produces
    @ApplicationScoped
    EventCodec eventCodec() {
        return EventCodec.withAllKnownTypes();
    }
}
