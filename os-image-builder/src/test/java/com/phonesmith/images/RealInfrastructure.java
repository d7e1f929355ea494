package com.phonesmith.images;

import com.phonesmith.devstack.testing.PhonesmithTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database "images") and Kafka, and an artifact store in a temporary folder. */
@QuarkusTestResource(value = PhonesmithTestResource.class, initArgs = @ResourceArg(name = "database", value = "images"))
@QuarkusTestResource(TemporaryArtifactStore.class)
public class RealInfrastructure {
}
