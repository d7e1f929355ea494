package com.phonesmith.configurator;

import com.phonesmith.devstack.testing.PhonesmithTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database "configurator") and real Kafka for every @QuarkusTest of this module. */
@QuarkusTestResource(value = PhonesmithTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "configurator"))
public class RealInfrastructure {
}
