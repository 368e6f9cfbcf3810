package com.apartmentbooking.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptedCredentialsTest {

    @Test
    void theDefaultsAreTheFunctionsKeyAndTheReadmesKey() {
        AcceptedCredentials credentials = AcceptedCredentials.defaults("123456789012");

        assertEquals(new AccessKey("ASIALOCALLAMBDAKEY00", "local-lambda-secret-access-key",
                "local-lambda-session-token"), credentials.key("ASIALOCALLAMBDAKEY00").orElseThrow());
        assertEquals(new AccessKey("local", "local", null), credentials.key("local").orElseThrow());
        assertTrue(credentials.key("AKIDEXAMPLE").isEmpty());
    }

    @Test
    void anOptionListsKeysWithOptionalSessionTokens() {
        assertEquals(List.of(new AccessKey("AKIDEXAMPLE", "wJalr/K7+EXAMPLE", null),
                        new AccessKey("ASIATEMP", "secret2", "FwoGZXIvYXdz/token==")),
                AcceptedCredentials.parse("AKIDEXAMPLE:wJalr/K7+EXAMPLE, ASIATEMP:secret2:FwoGZXIvYXdz/token=="));
        assertEquals(List.of(), AcceptedCredentials.parse(" "));
    }

    @Test
    void anOptionEntryNotOfTheFormIsRefusedByName() {
        for (String option : List.of("AKID", "AKID:", ":secret", "AKID:secret:", "AKID:a:b:c", "AKID:secret,")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AcceptedCredentials.parse(option), option);
            assertTrue(e.getMessage().endsWith("expected KEY_ID:SECRET or KEY_ID:SECRET:SESSION_TOKEN"), e.getMessage());
        }
        assertEquals("Access key id 'AKID' is given twice",
                assertThrows(IllegalArgumentException.class, () -> AcceptedCredentials.parse("AKID:a,AKID:b"))
                        .getMessage());
    }

    @Test
    void extraKeysAreAcceptedAndReplaceADefaultOfTheSameId() {
        AcceptedCredentials credentials = AcceptedCredentials.of("123456789012",
                AcceptedCredentials.parse("AKIDEXAMPLE:secret,local:another"));

        assertEquals("secret", credentials.key("AKIDEXAMPLE").orElseThrow().secretAccessKey());
        assertEquals("another", credentials.key("local").orElseThrow().secretAccessKey());
        assertEquals(3, credentials.keys().size());
    }

    @Test
    void everyKeyBelongsToUserLocalOfTheAccount() {
        AcceptedCredentials credentials = AcceptedCredentials.defaults("210987654321");

        assertEquals(new SigV4Principal("ASIALOCALLAMBDAKEY00", "210987654321",
                        "arn:aws:iam::210987654321:user/local", "ASIALOCALLAMBDAKEY00"),
                credentials.principal(AcceptedCredentials.FUNCTION_KEY));
    }

    @Test
    void aKeyDoesNotPrintItsSecret() {
        assertEquals("AccessKey[local]", AcceptedCredentials.README_KEY.toString());
    }
}
