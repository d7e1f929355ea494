package com.phonesmith.workflow.process;

/** Why an order was raised to support, and the engine's incident type for it. */
public enum IncidentKind {
    /** os-image-builder gave up on the order's image (after its own retries). */
    IMAGE_BUILD_FAILED("imageBuildFailed"),
    /** A reply did not come within its bound. */
    REPLY_OVERDUE("replyOverdue"),
    /** A factory step (reserve, download, flash) failed after the factory's own retries. */
    FACTORY_STEP_FAILED("factoryStepFailed"),
    /** The handset failed QA more often than rework allows: support approves another handset or cancels. */
    QA_REWORK_EXHAUSTED("qaReworkExhausted"),
    /** A step of the process itself failed on every try (the engine's own incident). */
    JOB_FAILED("failedJob");

    private final String engineType;

    IncidentKind(String engineType) {
        this.engineType = engineType;
    }

    public String engineType() {
        return engineType;
    }

    public static IncidentKind ofEngineType(String type) {
        for (IncidentKind kind : values()) {
            if (kind.engineType.equals(type)) {
                return kind;
            }
        }
        return JOB_FAILED; // any other engine incident is a failure of the process's own machinery
    }
}
