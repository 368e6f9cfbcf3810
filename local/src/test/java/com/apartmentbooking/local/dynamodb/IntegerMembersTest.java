package com.apartmentbooking.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.server.AwsServiceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Integer members (Limit, Segment, TotalSegments) hold 32-bit values in AWS's model: a number outside that range
 * or a value of another JSON type is refused by AWS's request framework, never wrapped around to another number.
 */
class IntegerMembersTest {

    private static final String SERIALIZATION = "com.amazon.coral.service#SerializationException";

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @BeforeEach
    void table() {
        ddb.createTable("Items");
    }

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void aScanLimitBeyondTheIntegerRangeIsRefusedNotWrappedAround() {
        AwsServiceException error = ddb.error(SERIALIZATION, "Scan", "{'TableName':'Items','Limit':1000000000000000}");
        assertEquals("class java.lang.Long can not be converted to an Integer", error.getMessage());
        assertEquals(400, error.status());
    }

    @Test
    void aQueryLimitBeyondTheIntegerRangeIsRefused() {
        AwsServiceException error = ddb.error(SERIALIZATION, "Query", "{'TableName':'Items','Limit':2147483648,"
                + "'KeyConditionExpression':'id = :id','ExpressionAttributeValues':{':id':{'S':'a'}}}");
        assertEquals("class java.lang.Long can not be converted to an Integer", error.getMessage());
    }

    @Test
    void theLargestIntegerIsAValidLimit() {
        assertEquals(0, ddb.call("Scan", "{'TableName':'Items','Limit':2147483647}").get("Count").asInt());
    }

    @Test
    void segmentsBeyondTheIntegerRangeAreRefused() {
        assertEquals("class java.lang.Long can not be converted to an Integer", ddb.error(SERIALIZATION, "Scan",
                "{'TableName':'Items','Segment':0,'TotalSegments':4294967297}").getMessage());
        assertEquals("class java.lang.Long can not be converted to an Integer", ddb.error(SERIALIZATION, "Scan",
                "{'TableName':'Items','Segment':-4294967296,'TotalSegments':2}").getMessage());
    }

    @Test
    void aListTablesLimitBeyondTheIntegerRangeIsRefused() {
        assertEquals("class java.lang.Long can not be converted to an Integer",
                ddb.error(SERIALIZATION, "ListTables", "{'Limit':4294967297}").getMessage());
    }

    @Test
    void aLimitOfAnotherJsonTypeIsRefusedWithTheFrameworkText() {
        assertEquals("STRING_VALUE cannot be converted to Integer",
                ddb.error(SERIALIZATION, "Scan", "{'TableName':'Items','Limit':'10'}").getMessage());
        assertEquals("TRUE_VALUE cannot be converted to Integer",
                ddb.error(SERIALIZATION, "Scan", "{'TableName':'Items','Limit':true}").getMessage());
        assertEquals("Unrecognized collection type class java.lang.Integer",
                ddb.error(SERIALIZATION, "Scan", "{'TableName':'Items','Limit':[1]}").getMessage());
        assertEquals("Start of structure or map found where not expected",
                ddb.error(SERIALIZATION, "Scan", "{'TableName':'Items','Limit':{}}").getMessage());
    }

    @Test
    void aFractionIsCutToItsWholePart() {
        assertEquals(0, ddb.call("Scan", "{'TableName':'Items','Limit':1.9}").get("Count").asInt());
        assertEquals("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must "
                + "have value greater than or equal to 1",
                ddb.error("com.amazon.coral.validate#ValidationException", "Scan",
                        "{'TableName':'Items','Limit':0.5}").getMessage());
    }
}
