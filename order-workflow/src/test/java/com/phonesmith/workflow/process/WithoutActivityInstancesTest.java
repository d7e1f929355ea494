package com.phonesmith.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

class WithoutActivityInstancesTest {
    private final List<HistoryEvent> written = new ArrayList<>();
    private final WithoutActivityInstances history = new WithoutActivityInstances(new HistoryEventHandler() {
        @Override
        public void handleEvent(HistoryEvent event) {
            written.add(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            written.addAll(events);
        }
    });

    @Test
    void processesAndVariablesAreWrittenAndActivityInstancesAreNot() {
        HistoryEvent process = new HistoricProcessInstanceEventEntity();
        HistoryEvent variable = new HistoricVariableUpdateEventEntity();
        history.handleEvent(process);
        history.handleEvent(new HistoricActivityInstanceEventEntity());
        history.handleEvents(List.of(new HistoricActivityInstanceEventEntity(), variable));

        assertThat(written).containsExactly(process, variable);
    }

    @Test
    void aBatchOfActivityInstancesAloneWritesNothing() {
        history.handleEvents(List.of(new HistoricActivityInstanceEventEntity()));

        assertThat(written).isEmpty();
    }
}
