package com.phonesmith.activations.activation;

import com.phonesmith.platform.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every refused device request is counted ({@code activations_refused_total}, by action and reason) before it
 * is answered, so a wave of forged or replayed requests shows on the metrics.
 */
@ApplicationScoped
public class Refusals {
    private final MeterRegistry metrics;

    public Refusals(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    public ProblemException refuse(String action, String reason, ProblemException answer) {
        metrics.counter("activations.refused", "action", action, "reason", reason).increment();
        return answer;
    }
}
