package com.phonesmith.platform;

import com.phonesmith.devstack.testing.PhonesmithTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

@QuarkusTestResource(value = PhonesmithTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "platform_test"))
public class RealInfrastructure {
}
