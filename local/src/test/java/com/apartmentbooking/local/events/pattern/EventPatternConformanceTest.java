package com.apartmentbooking.local.events.pattern;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Runs every case of the EventBridge pattern corpus recorded on AWS through {@link TestEventPattern} directly. */
class EventPatternConformanceTest {
    private static final PatternCorpus CORPUS = new PatternCorpus(EventPatternConformanceTest::test);

    @TestFactory
    Stream<DynamicNode> everyRecordedCase() throws IOException {
        return CORPUS.checks();
    }

    @AfterAll
    static void printCounts() {
        CORPUS.printCounts("EventBridge pattern corpus");
    }

    private static PatternCorpus.Outcome test(String eventJson, String patternJson) {
        try {
            return PatternCorpus.Outcome.verdict(TestEventPattern.test(eventJson, patternJson));
        } catch (InvalidEventPatternException e) {
            return PatternCorpus.Outcome.error("InvalidEventPatternException", e.getMessage());
        } catch (InvalidEventException e) {
            return PatternCorpus.Outcome.error("ValidationException", e.getMessage());
        }
    }
}
