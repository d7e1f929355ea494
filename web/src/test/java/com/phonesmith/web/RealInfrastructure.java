package com.phonesmith.web;

import com.phonesmith.devstack.testing.PhonesmithTestResource;
import com.phonesmith.web.fake.FakeBackendsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database "web") and Kafka, plus configurator-api and order-workflow played by fakes. */
@QuarkusTestResource(value = PhonesmithTestResource.class, initArgs = @ResourceArg(name = "database", value = "web"))
@QuarkusTestResource(FakeBackendsResource.class)
public class RealInfrastructure {
}
