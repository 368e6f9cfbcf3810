package com.apartmentbooking.local.dynamodbstreams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.apartmentbooking.local.dynamodb.DynamoDbFixture;
import com.apartmentbooking.local.server.AwsServiceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DynamoDB Streams checks a request's member types and constraints first, in the same forms as DynamoDB. */
class StreamsRequestShapeTest {

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void aMemberOfTheWrongTypeIsTheFrameworksSerializationException() {
        AwsServiceException e = ddb.streamsError("com.amazon.coral.service#SerializationException", "GetRecords",
                "{'ShardIterator':'abc','Limit':'10'}");
        assertEquals("STRING_VALUE cannot be converted to Integer", e.getMessage());
        assertEquals("Message", e.messageMember());
        assertEquals("NUMBER_VALUE cannot be converted to String", ddb.streamsError(
                "com.amazon.coral.service#SerializationException", "DescribeStream", "{'StreamArn':7}").getMessage());
    }

    @Test
    void brokenConstraintsAreCollectedIntoOneValidationException() {
        assertEquals("2 validation errors detected: Value 'short' at 'streamArn' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 37; Value '0' at 'limit' failed to satisfy "
                + "constraint: Member must have value greater than or equal to 1",
                ddb.streamsError("com.amazon.coral.validate#ValidationException", "DescribeStream",
                        "{'StreamArn':'short','Limit':0}").getMessage());
        assertEquals("1 validation error detected: Value 'SOMEWHERE' at 'shardIteratorType' failed to satisfy "
                + "constraint: Member must satisfy enum value set: [AFTER_SEQUENCE_NUMBER, LATEST, "
                + "AT_SEQUENCE_NUMBER, TRIM_HORIZON]",
                ddb.streamsError("ValidationException", "GetShardIterator", "{'StreamArn':'arn:aws:dynamodb:"
                        + "us-east-1:000000000000:table/t/stream/2026-01-15T10:00:00.123','ShardId':"
                        + "'shardId-00000000000000000001-abcdef12','ShardIteratorType':'SOMEWHERE'}").getMessage());
    }

    @Test
    void anOperationStreamsDoesNotHaveIsUnknown() {
        assertNull(ddb.streamsError("com.amazon.coral.service#UnknownOperationException", "ListShards", "{}")
                .getMessage());
    }
}
