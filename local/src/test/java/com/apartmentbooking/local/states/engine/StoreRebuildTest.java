package com.apartmentbooking.local.states.engine;

import static com.apartmentbooking.local.states.engine.EngineHarness.json;
import static com.apartmentbooking.local.states.engine.EngineHarness.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import com.apartmentbooking.local.states.engine.store.InMemoryExecutionStore;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A second engine built on the first one's store, as after a crash: it carries on every unfinished
 * execution from its last committed step, with its variables, timers, iterations and task tokens.
 */
class StoreRebuildTest {
    private final InMemoryExecutionStore store = new InMemoryExecutionStore();

    @Test
    void anExecutionWaitingInAWaitStateFinishesOnARebuiltEngine() {
        String definition = """
                {"StartAt": "Remember", "States": {
                  "Remember": {"Type": "Pass", "Assign": {"who": "guest"}, "Next": "Hold"},
                  "Hold": {"Type": "Wait", "Seconds": 900, "Next": "Done"},
                  "Done": {"Type": "Pass", "Parameters": {"who.$": "$who", "in.$": "$.booking"}, "End": true}}}""";
        String arn;
        try (EngineHarness crashed = new EngineHarness(store)) {
            ExecutionHandle execution = crashed.start(definition, "{\"booking\": 7}");
            crashed.advance(Duration.ofSeconds(300));
            arn = execution.executionArn();
        }

        try (EngineHarness rebuilt = new EngineHarness(store)) {
            // The new process's clock reads the time of the crash, 300 s into the 900 s wait.
            rebuilt.advance(Duration.ofSeconds(300));
            List<ExecutionHandle> recovered = rebuilt.engine.recover();
            rebuilt.engine.awaitSettled();
            ExecutionHandle execution = recovered.get(0);
            assertEquals(arn, execution.executionArn());
            assertEquals(ExecutionStatus.RUNNING, execution.status());

            rebuilt.advance(Duration.ofSeconds(599));
            assertEquals(ExecutionStatus.RUNNING, execution.status());
            rebuilt.advance(Duration.ofSeconds(1));

            assertEquals(json("{\"who\": \"guest\", \"in\": 7}"), json(rebuilt.finish(execution).output()));
            List<HistoryEvent> history = execution.history();
            assertEquals(LongStream.rangeClosed(1, history.size()).boxed().toList(),
                    history.stream().map(HistoryEvent::id).toList());
            assertEquals(List.of("ExecutionStarted", "PassStateEntered", "PassStateExited", "WaitStateEntered",
                    "WaitStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"), types(execution));
            assertEquals(ExecutionStatus.SUCCEEDED, store.load(arn).orElseThrow().checkpoint().status());
        }
    }

    @Test
    void mapIterationsAndTaskTokensCarryOnAfterARebuild() {
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 2, "End": true,
                  "ItemProcessor": {"StartAt": "C", "States": {
                    "C": {"Type": "Choice", "Choices": [{"Variable": "$.kind", "StringEquals": "task", "Next": "T"}],
                          "Default": "W"},
                    "W": {"Type": "Wait", "Seconds": 10, "OutputPath": "$.kind", "End": true},
                    "T": {"Type": "Task", "Resource": "arn:aws:states:::test:pending.waitForTaskToken",
                          "Parameters": {"token.$": "$$.Task.Token"}, "End": true}}}}}}""";
        String token;
        try (EngineHarness crashed = new EngineHarness(store)) {
            crashed.start(definition, "[{\"kind\": \"wait\"}, {\"kind\": \"task\"}, {\"kind\": \"wait\"}]");
            crashed.integrations.pendingCalls().get(0).answer().complete(json("{}"));
            crashed.engine.awaitSettled();
            token = crashed.integrations.pendingCalls().get(0).request().taskToken();
        }

        try (EngineHarness rebuilt = new EngineHarness(store)) {
            ExecutionHandle execution = rebuilt.engine.recover().get(0);
            rebuilt.engine.awaitSettled();
            rebuilt.engine.sendTaskSuccess(token, "\"paid\"");
            rebuilt.engine.awaitSettled();

            assertEquals(json("[\"wait\", \"paid\", \"wait\"]"), json(rebuilt.finish(execution).output()));
            assertEquals(List.of(0, 1, 2), execution.history().stream()
                    .filter(event -> event.type().equals("MapIterationSucceeded"))
                    .map(event -> event.details().get("mapIterationSucceededEventDetails").get("index").intValue())
                    .sorted().toList());
        }
    }
}
