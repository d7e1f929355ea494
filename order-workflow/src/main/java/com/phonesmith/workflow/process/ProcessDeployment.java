package com.phonesmith.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;
import org.jboss.logging.Logger;

/**
 * Deploys the BPMN once the engine is up (the Camunda Quarkus extension deploys nothing by itself).
 * Duplicate filtering makes a restart with an unchanged file reuse the existing process definition, so
 * running instances and new ones share a version until the file really changes.
 */
@ApplicationScoped
public class ProcessDeployment {
    static final String DEPLOYMENT_NAME = "order-workflow";
    private static final Logger LOG = Logger.getLogger(ProcessDeployment.class);

    private final RepositoryService repository;

    public ProcessDeployment(RepositoryService repository) {
        this.repository = repository;
    }

    void deploy(@Observes CamundaEngineStartupEvent event) {
        Deployment deployment = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .addClasspathResource(OrderProcess.BPMN_RESOURCE)
                .enableDuplicateFiltering(false)
                .deploy();
        LOG.infof("deployed %s (deployment %s)", OrderProcess.BPMN_RESOURCE, deployment.getId());
    }
}
