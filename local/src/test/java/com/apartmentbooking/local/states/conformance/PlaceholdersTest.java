package com.apartmentbooking.local.states.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    private static final String EXECUTION_ARN =
            "arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>";

    private final Placeholders arnTokens = Placeholders.declared(
            Set.of("<partition>", "<region>", "111111111111", "<ArnPart_0idx>", "<ExecArnPart_0idx>"));

    @Test
    void undeclaredTextComparesExactly() {
        Placeholders none = Placeholders.none();
        assertTrue(none.matches("date", "date"));
        assertFalse(none.matches("date", "2024-01-01T00:00:00Z"));
        assertFalse(none.matches("<ArnPart_0idx>", "machine"));
        assertFalse(none.matches("a", null));
    }

    @Test
    void fragmentTokensMatchInsideText() {
        assertTrue(arnTokens.matches(EXECUTION_ARN, "arn:aws:states:us-east-1:000000000000:execution:machine:run-1"));
    }

    @Test
    void boundTokenMustMatchTheSameTextLater() {
        assertTrue(arnTokens.matches(EXECUTION_ARN, "arn:aws:states:us-east-1:000000000000:execution:machine:run-1"));
        assertTrue(arnTokens.matches("<ArnPart_0idx>", "machine"));
        assertFalse(arnTokens.matches("<ArnPart_0idx>", "other-machine"));
        assertFalse(arnTokens.matches("arn:<partition>:states:<region>:111111111111:stateMachine:<ArnPart_0idx>",
                "arn:aws:states:us-east-1:999999999999:stateMachine:machine"));
    }

    @Test
    void failedMatchBindsNothing() {
        assertFalse(arnTokens.matches("x:<ArnPart_0idx>", "y:machine"));
        assertTrue(arnTokens.matches("<ArnPart_0idx>", "another"));
    }

    @Test
    void tokenRepeatedInOneTextIsABackReference() {
        Placeholders tokens = Placeholders.declared(Set.of("<uuid:1>"));
        assertTrue(tokens.matches("<uuid:1>/<uuid:1>", "abc/abc"));
        assertFalse(Placeholders.declared(Set.of("<uuid:1>")).matches("<uuid:1>/<uuid:1>", "abc/abd"));
    }

    @Test
    void accountIdMatchesTwelveDigitsOnly() {
        Placeholders tokens = Placeholders.declared(Set.of("111111111111"));
        assertTrue(tokens.matches("acct 111111111111", "acct 123456789012"));
        assertFalse(Placeholders.declared(Set.of("111111111111")).matches("acct 111111111111", "acct 1234"));
    }

    @Test
    void tokensNeedAtLeastOneCharacter() {
        assertFalse(arnTokens.matches("name=<ArnPart_0idx>", "name="));
    }

    @Test
    void literalPartsAreNotRegularExpressions() {
        Placeholders tokens = Placeholders.declared(Set.of("<json-input:1>"));
        assertTrue(tokens.matches("in the input '<json-input:1>' (.*)", "in the input '{\"a\":[1]}' (.*)"));
        assertFalse(Placeholders.declared(Set.of("<json-input:1>"))
                .matches("in the input '<json-input:1>' (.*)", "in the input '{}' (xy)"));
    }

    @Test
    void wholeValueTimestampsMustLookLikeTimestampsAndAreNotBound() {
        Placeholders tokens = Placeholders.declared(Set.of("date", "entered-time"));
        assertTrue(tokens.matches("date", "2024-03-29T17:05:02.123Z"));
        assertTrue(tokens.matches("date", "2024-03-29T17:05:03Z"));
        assertTrue(tokens.matches("entered-time", "2024-03-29T17:05:02.123456+00:00"));
        assertTrue(tokens.matches("entered-time", "2024-03-29T17:05:09.000Z"));
        assertFalse(tokens.matches("date", "yesterday"));
    }

    @Test
    void wholeValueWordsOnlyStandForWholeValues() {
        Placeholders tokens = Placeholders.declared(Set.of("date"));
        assertFalse(tokens.matches("the date", "the 2024-03-29T17:05:02Z"));
        assertTrue(tokens.matches("the date", "the date"));
    }

    @Test
    void startTimeAndRoleArnAreBound() {
        Placeholders tokens = Placeholders.declared(Set.of("start-time", "snf_role_arn"));
        assertTrue(tokens.matches("start-time", "2024-03-29T17:05:02.123Z"));
        assertFalse(tokens.matches("start-time", "2024-03-29T17:05:04.123Z"));
        assertTrue(tokens.matches("snf_role_arn", "arn:aws:iam::000000000000:role/local"));
        assertFalse(tokens.matches("snf_role_arn", "arn:aws:iam::000000000000:role/other"));
        assertFalse(Placeholders.declared(Set.of("snf_role_arn")).matches("snf_role_arn", ""));
    }
}
