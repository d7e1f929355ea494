package com.phonesmith.factory.support;

import com.phonesmith.devstack.testing.PhonesmithTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database "factory"), real Kafka and a real rack of virtual handsets for @QuarkusTest classes. */
@QuarkusTestResource(value = PhonesmithTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "factory"))
@QuarkusTestResource(HandsetRackTestResource.class)
public class RealInfrastructure {
}
