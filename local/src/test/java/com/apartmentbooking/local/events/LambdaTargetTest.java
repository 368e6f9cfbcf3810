package com.apartmentbooking.local.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.lambda.FunctionInvoker;
import com.apartmentbooking.local.lambda.InvocationResult;
import com.apartmentbooking.local.lambda.LambdaException;
import com.apartmentbooking.local.store.Store;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/** Function targets are invoked asynchronously with the target's input. */
class LambdaTargetTest {

    private static final String FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:notify";

    private final Functions functions = new Functions();
    private final EventsRuntime runtime = new EventsRuntime(Store.inMemory(), new ControllableClock(EventsRuntime.START),
            null, functions);

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void aFunctionIsInvokedAsynchronouslyWithTheInput() {
        runtime.eventBridge().putRule(r -> r.name("notify").eventPattern("{\"source\":[\"booking\"]}"));
        runtime.eventBridge().putTargets(r -> r.rule("notify").targets(t -> t.id("f").arn(FUNCTION).inputPath("$.detail")));
        runtime.eventBridge().putEvents(r -> r.entries(e -> e.source("booking").detailType("Confirmed").detail("{\"id\":3}")));
        runtime.events().awaitIdle();
        assertEquals(List.of(Map.entry(FUNCTION, "{\"id\":3}")), functions.invoked);
    }

    @Test
    void aFunctionThatDoesNotExistIsDeadLettered() {
        String deadLetters = runtime.queue("dead-letters");
        String missing = "arn:aws:lambda:us-east-1:000000000000:function:missing";
        runtime.eventBridge().putRule(r -> r.name("notify").eventPattern("{\"source\":[\"booking\"]}"));
        runtime.eventBridge().putTargets(r -> r.rule("notify").targets(t -> t.id("f").arn(missing)
                .deadLetterConfig(d -> d.arn(deadLetters))));
        runtime.eventBridge().putEvents(r -> r.entries(e -> e.source("booking").detailType("Confirmed").detail("{}")));
        List<Message> dead = runtime.drain("dead-letters");
        assertEquals(1, dead.size());
        assertEquals("NO_RESOURCE", dead.get(0).messageAttributes().get("ERROR_CODE").stringValue());
        assertEquals(List.of(), functions.invoked);
    }

    /** Stands in for Lambda, so the test sees exactly what EventBridge hands over: knows one function. */
    private static final class Functions implements FunctionInvoker {
        final List<Map.Entry<String, String>> invoked = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<InvocationResult> invoke(String function, byte[] payload) {
            throw new UnsupportedOperationException("EventBridge invokes asynchronously");
        }

        @Override
        public void invokeAsync(String function, byte[] payload) {
            if (!FUNCTION.equals(function)) {
                throw new LambdaException(404, "ResourceNotFoundException", "Function not found: " + function);
            }
            invoked.add(Map.entry(function, new String(payload, StandardCharsets.UTF_8)));
        }
    }
}
