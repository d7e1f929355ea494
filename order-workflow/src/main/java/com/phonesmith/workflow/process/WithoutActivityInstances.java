package com.phonesmith.workflow.process;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Writes the engine's history (level {@code audit}: processes, variables) except the activity instances. Every step
 * of an order is on its timeline already, with time and actor, and that is what support reads; the engine's copy of
 * the steps (table ACT_HI_ACTINST) cost an insert and, for most steps, a read and an update more, about 25 statements
 * an order that nothing reads. Processes stay in history, so {@link OrderProcess#exists} still knows an ended one.
 */
final class WithoutActivityInstances implements HistoryEventHandler {
    private final HistoryEventHandler history;

    WithoutActivityInstances(HistoryEventHandler history) {
        this.history = history;
    }

    static boolean kept(HistoryEvent event) {
        return !(event instanceof HistoricActivityInstanceEventEntity);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (kept(event)) {
            history.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        List<HistoryEvent> kept = events.stream().filter(WithoutActivityInstances::kept).toList();
        if (!kept.isEmpty()) {
            history.handleEvents(kept);
        }
    }
}
