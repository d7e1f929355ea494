package com.phonesmith.workflow.process;

import com.phonesmith.workflow.promise.PromiseWatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A promise timer fired: the local variable {@value #MOMENT} says which (atRisk or breach). */
@ApplicationScoped
@Named("promiseCheck")
public class PromiseCheckDelegate implements JavaDelegate {
    static final String MOMENT = "moment";

    private final PromiseWatch watch;

    public PromiseCheckDelegate(PromiseWatch watch) {
        this.watch = watch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orderId = BusinessKeys.orderIdOf(execution);
        String moment = (String) execution.getVariableLocal(MOMENT);
        switch (moment) {
            case "atRisk" -> watch.atRiskMomentCame(orderId);
            case "breach" -> watch.breachMomentCame(orderId);
            default -> throw new IllegalArgumentException("no promise moment '" + moment + "'");
        }
    }
}
