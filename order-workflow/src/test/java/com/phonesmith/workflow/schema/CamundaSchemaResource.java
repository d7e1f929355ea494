package com.phonesmith.workflow.schema;

import com.phonesmith.devstack.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/** Lets a standalone Camunda engine create its tables in the test's database before the service starts. */
public class CamundaSchemaResource implements QuarkusTestResourceLifecycleManager {
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        infrastructure.postgres().ensureDatabase(database);
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("schema-first");
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUrl(infrastructure.postgres().jdbcUrl(database));
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("postgres");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("audit");
        configuration.setCmmnEnabled(false);
        configuration.setDmnEnabled(false);
        configuration.setJobExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.close();
        return Map.of();
    }

    @Override
    public void stop() {
        // the database goes with the test JVM's PostgreSQL
    }
}
