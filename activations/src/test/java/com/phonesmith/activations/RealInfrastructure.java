package com.phonesmith.activations;

import com.phonesmith.devstack.testing.PhonesmithTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database "activations") and Kafka. */
@QuarkusTestResource(value = PhonesmithTestResource.class, initArgs = @ResourceArg(name = "database", value = "activations"))
public class RealInfrastructure {
}
