package com.apartmentbooking.local.states.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.engine.task.TestIntegrations;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Task answers arriving from many threads at once, for many executions with concurrent Map
 * iterations and Parallel branches: each execution's event loop sees them one at a time.
 */
class ConcurrencyTest {
    private static final int EXECUTIONS = 200;

    @Test
    void answersFromManyThreadsAreAppliedOneAtATimePerExecution() throws Exception {
        try (EngineHarness harness = new EngineHarness()) {
            List<ExecutionHandle> executions = new ArrayList<>();
            for (int i = 0; i < EXECUTIONS; i++) {
                executions.add(harness.engine.start("""
                        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                          {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {
                            "StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::test:pending",
                              "End": true}}}}}},
                          {"StartAt": "T2", "States": {"T2": {"Type": "Task", "Resource": "arn:aws:states:::test:pending",
                              "Parameters": {"branch": 2}, "End": true}}}]}}}""", "execution-" + i, "[1, 2, 3, 4]"));
            }
            harness.engine.awaitSettled();
            List<TestIntegrations.PendingCall> calls = new ArrayList<>(harness.integrations.pendingCalls());
            assertEquals(EXECUTIONS * 5, calls.size());
            Collections.shuffle(calls);

            ExecutorService answerers = Executors.newFixedThreadPool(8);
            for (TestIntegrations.PendingCall call : calls) {
                answerers.execute(() -> call.answer().complete(JsonNodeFactory.instance.numberNode(1)));
            }
            answerers.shutdown();
            assertTrue(answerers.awaitTermination(30, TimeUnit.SECONDS));
            harness.engine.awaitSettled();

            for (ExecutionHandle execution : executions) {
                harness.finish(execution);
                assertEquals("[[1,1,1,1],1]", execution.output());
                assertEquals(EngineHarness.types(execution).size(), execution.history().stream()
                        .map(event -> event.id()).distinct().count());
            }
        }
    }
}
