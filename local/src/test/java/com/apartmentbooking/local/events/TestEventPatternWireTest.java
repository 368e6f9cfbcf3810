package com.apartmentbooking.local.events;

import com.apartmentbooking.local.events.pattern.PatternCorpus;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;

/** Every case of the EventBridge pattern corpus recorded on AWS, through the TestEventPattern API with the SDK client. */
class TestEventPatternWireTest {

    private static final EventsRuntime RUNTIME = EventsRuntime.inMemory(null);
    private static final PatternCorpus CORPUS = new PatternCorpus(TestEventPatternWireTest::test);

    @TestFactory
    Stream<DynamicNode> everyRecordedCase() throws IOException {
        return CORPUS.checks();
    }

    @AfterAll
    static void close() {
        CORPUS.printCounts("EventBridge pattern corpus over TestEventPattern");
        RUNTIME.close();
    }

    private static PatternCorpus.Outcome test(String eventJson, String patternJson) {
        try {
            return PatternCorpus.Outcome.verdict(RUNTIME.eventBridge()
                    .testEventPattern(r -> r.event(eventJson).eventPattern(patternJson)).result());
        } catch (EventBridgeException e) {
            return PatternCorpus.Outcome.error(e.awsErrorDetails().errorCode(), e.awsErrorDetails().errorMessage());
        }
    }
}
