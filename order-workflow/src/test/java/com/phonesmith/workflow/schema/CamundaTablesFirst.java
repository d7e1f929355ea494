package com.phonesmith.workflow.schema;

import com.phonesmith.devstack.testing.PhonesmithTestResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * A database in which Camunda's tables already exist but Flyway has not run yet: what the service meets
 * when Quarkus happens to start the engine before the migrations, as it may on a busy machine.
 */
public class CamundaTablesFirst implements QuarkusTestProfile {
    static final String DATABASE = "workflow_camunda_first";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(PhonesmithTestResource.class, Map.of("database", DATABASE)),
                new TestResourceEntry(CamundaSchemaResource.class, Map.of("database", DATABASE)));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
