package com.apartmentbooking.local.states.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** A definition that is not JSON is described in the parser's words, never by the parser's configuration. */
class DefinitionJsonErrorsTest {

    @Test
    void aDefinitionNestedBeyondTheParsersDepthNamesTheDepthNotTheParserSetting() {
        Diagnostic diagnostic = StateMachineParser.validate("{\"a\":" + "[".repeat(1500)).get(0);

        assertEquals("INVALID_JSON_DESCRIPTION", diagnostic.code());
        assertFalse(diagnostic.message().contains("StreamReadConstraints"), diagnostic.message());
        assertEquals("Document nesting depth (1001) exceeds the maximum allowed (1000)", diagnostic.message());
    }
}
