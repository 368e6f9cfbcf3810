package com.apartmentbooking.local.states.engine.task;

/**
 * How a Task waits on its integration, chosen by the Resource's suffix: not at all (request and
 * response), until the job it started finishes ({@code .sync}, {@code .sync:2}), or until someone
 * calls SendTaskSuccess/Failure with the task token ({@code .waitForTaskToken}).
 */
public enum IntegrationPattern {
    REQUEST_RESPONSE(""),
    RUN_JOB(".sync"),
    RUN_JOB_V2(".sync:2"),
    WAIT_FOR_TASK_TOKEN(".waitForTaskToken");

    private final String suffix;

    IntegrationPattern(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }
}
