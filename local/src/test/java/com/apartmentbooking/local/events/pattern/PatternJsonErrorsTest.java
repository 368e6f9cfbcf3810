package com.apartmentbooking.local.events.pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A pattern nested beyond the parser's depth is refused in the parser's words, never by its configuration. */
class PatternJsonErrorsTest {

    @Test
    void aPatternNestedBeyondTheParsersDepthNamesTheDepthNotTheParserSetting() {
        String message = assertThrows(InvalidEventPatternException.class,
                () -> EventPatterns.compile("{\"a\":".repeat(1500) + "[1]" + "}".repeat(1500))).getMessage();

        assertFalse(message.contains("StreamReadConstraints"), message);
        assertTrue(message.contains("Document nesting depth (1001) exceeds the maximum allowed (1000)"), message);
    }
}
