package com.apartmentbooking.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the parts of an {@code Authorization} header are read, whatever separates them. */
class SigV4AuthorizationTest {

    private static final String CREDENTIAL = "AKIDEXAMPLE/20260304/eu-west-1/dynamodb/aws4_request";

    @Test
    void partsSeparatedByCommasSpacesOrBothAreRead() {
        for (String separator : List.of(", ", ",", " ", " ,  ", ",,")) {
            SigV4Authorization read = SigV4Authorization.parse("AWS4-HMAC-SHA256 Credential=" + CREDENTIAL
                    + separator + "SignedHeaders=Host;X-Amz-Date" + separator + "Signature=ABC123", true);
            assertEquals("AWS4-HMAC-SHA256", read.algorithm(), separator);
            assertEquals(CREDENTIAL, read.credential(), separator);
            assertEquals(List.of("host", "x-amz-date"), read.signedHeaders(), separator);
            assertEquals("abc123", read.signature(), separator);
        }
    }

    @Test
    void separatorsAroundThePartsAndUnknownPartsAreIgnored() {
        SigV4Authorization read = SigV4Authorization.parse("  AWS4-HMAC-SHA256  , Credential=" + CREDENTIAL
                + ", Extra=1, noequals, SignedHeaders=host;;, Signature=abc=def ,", true);
        assertEquals(CREDENTIAL, read.credential());
        assertEquals(List.of("host"), read.signedHeaders());
        assertEquals("abc=def", read.signature());
    }

    @Test
    void aPartWithAnEmptyValueIsMissing() {
        SigV4Rejection rejection = assertThrows(SigV4Rejection.class, () -> SigV4Authorization.parse(
                "AWS4-HMAC-SHA256 Credential=, SignedHeaders=host, Signature=", true));
        assertEquals("Authorization header requires 'Credential' parameter. Authorization header requires "
                + "'Signature' parameter. Authorization=AWS4-HMAC-SHA256 Credential=, SignedHeaders=host, Signature=",
                rejection.getMessage());
    }

    @Test
    void trailingSlashesOfTheCredentialDoNotCount() {
        SigV4Authorization read = SigV4Authorization.parse("AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + "///, "
                + "SignedHeaders=host, Signature=abc", true);
        assertEquals(new SigV4Authorization.Scope("AKIDEXAMPLE", "20260304", "eu-west-1", "dynamodb", "aws4_request"),
                read.scope());
    }

    @Test
    void aCredentialOfOtherThanFiveElementsIsRefused() {
        SigV4Authorization read = SigV4Authorization.parse("AWS4-HMAC-SHA256 Credential=AKID/20260304/eu-west-1//"
                + "dynamodb/aws4_request, SignedHeaders=host, Signature=abc", true);
        assertThrows(SigV4Rejection.class, read::scope);
    }
}
