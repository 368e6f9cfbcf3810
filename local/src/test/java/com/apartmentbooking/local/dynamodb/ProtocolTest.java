package com.apartmentbooking.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.server.AwsServiceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the front door needs from the two adapters: their targets, error prefix, and AWS's framework errors. */
class ProtocolTest {

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void targetsAndErrorPrefixAreAws() {
        assertEquals("DynamoDB_20120810", ddb.dynamoDb.protocol().targetPrefix());
        assertEquals("DynamoDBStreams_20120810", ddb.dynamoDbStreams.protocol().targetPrefix());
        assertEquals("com.amazonaws.dynamodb.v20120810#", ddb.dynamoDb.protocol().errorTypePrefix());
        assertEquals("com.amazonaws.dynamodb.v20120810#", ddb.dynamoDbStreams.protocol().errorTypePrefix());
    }

    @Test
    void unknownOperationsAreTheFrameworkError() {
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> ddb.call("RestoreTableToPointInTime",
                "{}"));
        assertEquals(AwsServiceException.unknownOperation().code(), error.code());
    }

    @Test
    void missingRequiredMembersUseTheFrameworkText() {
        assertEquals("1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member "
                + "must not be null", ddb.error("ValidationException", "GetItem", "{\"Key\":{}}").getMessage());
        assertEquals("The parameter 'TableName' is required but was not present in the request",
                ddb.error("ValidationException", "DescribeTable", "{}").getMessage());
    }
}
