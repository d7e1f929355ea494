package com.phonesmith.configurator;

import com.phonesmith.configurator.promise.FakeFactoryResource;
import com.phonesmith.devstack.testing.PhonesmithTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Real PostgreSQL (database "configurator") and real Kafka for every @QuarkusTest of this module, and factory-adapter's
 * promise played by {@link com.phonesmith.configurator.promise.FakeFactory}.
 */
@QuarkusTestResource(value = PhonesmithTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "configurator"))
@QuarkusTestResource(FakeFactoryResource.class)
public class RealInfrastructure {
}
