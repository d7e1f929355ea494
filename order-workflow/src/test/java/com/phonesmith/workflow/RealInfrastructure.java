package com.phonesmith.workflow;

import com.phonesmith.devstack.testing.PhonesmithTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database "workflow") and real Kafka, started once per test JVM. */
@QuarkusTestResource(value = PhonesmithTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "workflow"))
public class RealInfrastructure {
}
