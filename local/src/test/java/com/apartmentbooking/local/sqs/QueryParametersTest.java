package com.apartmentbooking.local.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Form parameters as the query protocol's clients encode them. */
class QueryParametersTest {

    @Test
    void decodesPlusAndPercentEscapesAsUtf8() {
        QueryParameters parameters = QueryParameters.parse("MessageBody=a+b%26c%3D%F0%9F%8F%A0&Empty=&Bare");

        assertEquals("a b&c=🏠", parameters.get("MessageBody"));
        assertEquals("", parameters.get("Empty"));
        assertEquals("", parameters.get("Bare"));
        assertNull(parameters.get("Missing"));
    }

    @Test
    void aRepeatedParameterKeepsItsFirstValue() {
        assertEquals("first", QueryParameters.parse("QueueName=first&QueueName=second").get("QueueName"));
    }

    @Test
    void flattenedListsFollowTheirIndexesNumerically() {
        QueryParameters parameters = QueryParameters.parse(
                "AttributeName.10=Ten&AttributeName.2=Two&AttributeName.x=No&AttributeNames.1=No&AttributeName.1=One");

        assertEquals(List.of("One", "Two", "Ten"), parameters.list("AttributeName"));
    }

    @Test
    void flattenedMapEntriesAreFoundByTheirIndexes() {
        QueryParameters parameters = QueryParameters.parse("MessageAttribute.2.Name=b&MessageAttribute.1.Value.DataType=String"
                + "&MessageAttributeName.7=All");

        assertEquals(List.of(1, 2), parameters.indexes("MessageAttribute"));
    }

    @Test
    void integersAndRequiredParametersAreRefusedInSqsWords() {
        QueryParameters parameters = QueryParameters.parse("MaxNumberOfMessages=ten&WaitTimeSeconds=5");

        assertEquals(5, parameters.integer("WaitTimeSeconds"));
        assertEquals("Value ten for parameter MaxNumberOfMessages is invalid. Reason: Must be an integer.",
                assertThrows(SqsException.class, () -> parameters.integer("MaxNumberOfMessages")).getMessage());
        assertEquals("The request must contain the parameter QueueUrl.",
                assertThrows(SqsException.class, () -> parameters.required("QueueUrl")).getMessage());
    }

    @Test
    void aMalformedPercentEscapeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.parse("QueueName=%G1"));
    }
}
