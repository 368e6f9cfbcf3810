package com.apartmentbooking.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Query and Scan answer with DynamoDB's texts in DynamoDB's order: what needs no table before the table lookup (a
 * missing table with a bad request answers the validation error), then the index, the ExclusiveStartKey, the key
 * conditions and the filter against the key schema read.
 */
class ReadChecksTest {

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @BeforeEach
    void tables() {
        ddb.createTable("hashes");
        ddb.call("CreateTable", "{'TableName':'ranges','KeySchema':[{'AttributeName':'a','KeyType':'HASH'},"
                + "{'AttributeName':'b','KeyType':'RANGE'}],'AttributeDefinitions':[{'AttributeName':'a',"
                + "'AttributeType':'S'},{'AttributeName':'b','AttributeType':'S'},{'AttributeName':'c',"
                + "'AttributeType':'S'}],'BillingMode':'PAY_PER_REQUEST','GlobalSecondaryIndexes':[{'IndexName':"
                + "'byC','KeySchema':[{'AttributeName':'c','KeyType':'HASH'}],'Projection':{'ProjectionType':"
                + "'KEYS_ONLY'}}]}");
    }

    @AfterEach
    void close() {
        ddb.close();
    }

    private String validation(String operation, String json) {
        return ddb.error("ValidationException", operation, json).getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "{'TableName':'missing','KeyConditionExpression':'a > b and size(b) > c or a > c'}"
                    + "|Invalid operator used in KeyConditionExpression: OR",
            "{'TableName':'missing','KeyConditionExpression':'b > a.b'}"
                    + "|Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition",
            "{'TableName':'missing','KeyConditions':{'a':{'ComparisonOperator':'NULL'},'b':{'ComparisonOperator':"
                    + "'NULL'},'c':{'ComparisonOperator':'NULL'}}}|Conditions can be of length 1 or 2 only",
            "{'TableName':'missing','KeyConditions':{'a':{'ComparisonOperator':'EQ'}}}"
                    + "|One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator",
            "{'TableName':'missing'}"
                    + "|Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.",
            "{'TableName':'missing','KeyConditionExpression':'a = :a','ExpressionAttributeValues':{':a':{'S':'x'}},"
                    + "'Select':'ALL_PROJECTED_ATTRIBUTES'}"
                    + "|ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName",
            "{'TableName':'missing','KeyConditionExpression':'a = :a','ExpressionAttributeValues':{':a':{'S':'x'}},"
                    + "'ExclusiveStartKey':{'a':{}}}|The provided starting key is invalid: Supplied AttributeValue is "
                    + "empty, must contain exactly one of the supported datatypes",
            "{'TableName':'missing','KeyConditionExpression':'a = :a','ExpressionAttributeValues':{':b':{'S':'x'}}}"
                    + "|Invalid KeyConditionExpression: An expression attribute value used in expression is not defined; "
                    + "attribute value: :a",
            "{'TableName':'missing','FilterExpression':'a = :a','ExpressionAttributeValues':{':a':{'S':'x'}},"
                    + "'KeyConditions':{'a':{'ComparisonOperator':'NULL'}},'QueryFilter':{}}|Can not use both expression "
                    + "and non-expression parameters in the same request: Non-expression parameters: {QueryFilter} "
                    + "Expression parameters: {FilterExpression}",
            "{'TableName':'missing','KeyConditions':{'a':{'ComparisonOperator':'NULL'}},'ExpressionAttributeValues':"
                    + "{':a':{'S':'x'}}}|ExpressionAttributeValues can only be specified when using expressions: "
                    + "FilterExpression and KeyConditionExpression are null"
    }, delimiter = '|')
    void aQueryOfAMissingTableIsCheckedFirst(String request, String message) {
        assertEquals(message, validation("Query", request));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "{'TableName':'missing','Segment':1}|The TotalSegments parameter is required but was not present in the "
                    + "request when Segment parameter is present",
            "{'TableName':'missing','Segment':3,'TotalSegments':2}|The Segment parameter is zero-based and must be "
                    + "less than parameter TotalSegments: Segment: 3 is not less than TotalSegments: 2",
            "{'TableName':'missing','Select':'COUNT','AttributesToGet':['a']}"
                    + "|Cannot specify the AttributesToGet when choosing to get only the Count",
            "{'TableName':'missing','ScanFilter':{'a':{'ComparisonOperator':'LT','AttributeValueList':[{'BOOL':true}]}}}"
                    + "|One or more parameter values were invalid: ComparisonOperator LT is not valid for BOOL "
                    + "AttributeValue type"
    }, delimiter = '|')
    void aScanOfAMissingTableIsCheckedFirst(String request, String message) {
        assertEquals(message, validation("Scan", request));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "{'S':'a','N':'1'}|The provided starting key is invalid: Supplied AttributeValue has more than one "
                    + "datatypes set, must contain exactly one of the supported datatypes",
            "{'SS':[]}|The provided starting key is invalid: One or more parameter values were invalid: An string set  "
                    + "may not be empty",
            "{'NS':[]}|One or more parameter values were invalid: An number set  may not be empty",
            "{'SS':['a','a']}|One or more parameter values were invalid: Input collection [a, a] contains duplicates.",
            "{'N':'1e126'}|Number overflow. Attempting to store a number with magnitude larger than supported range"
    }, delimiter = '|')
    void startKeyValuesAreNamedInMostOfTheirErrors(String value, String message) {
        assertEquals(message, validation("Query", "{'TableName':'missing','KeyConditions':{'a':{'ComparisonOperator':"
                + "'EQ','AttributeValueList':[{}]}},'ExclusiveStartKey':{'a':" + value + "}}"));
    }

    @Test
    void aWellFormedReadOfAMissingTableIsNotFound() {
        assertEquals("Requested resource not found", ddb.error("ResourceNotFoundException", "Query",
                "{'TableName':'missing','KeyConditionExpression':'z = :a','ExpressionAttributeValues':{':a':{'N':'1'}},"
                        + "'ExclusiveStartKey':{'b':{'S':'a'}}}").getMessage());
        assertEquals("Requested resource not found", ddb.error("ResourceNotFoundException", "Scan",
                "{'TableName':'missing','ExclusiveStartKey':{'b':{'S':'a'}}}").getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "{'TableName':'hashes','KeyConditions':{'z':{'ComparisonOperator':'NULL'}},'ExclusiveStartKey':{}}"
                    + "|The provided starting key is invalid",
            "{'TableName':'hashes','KeyConditions':{'z':{'ComparisonOperator':'NULL'}},"
                    + "'ExclusiveStartKey':{'id':{'N':'1'}}}|The provided key element does not match the schema",
            "{'TableName':'ranges','KeyConditions':{'z':{'ComparisonOperator':'NULL'}},"
                    + "'ExclusiveStartKey':{'a':{'S':'a'},'b':{'N':'1'}}}|Query condition missed key schema element: a",
            "{'TableName':'hashes','KeyConditions':{'id':{'ComparisonOperator':'NE','AttributeValueList':[{'S':'a'}]}}}"
                    + "|Attempted conditional constraint is not an indexable operation",
            "{'TableName':'hashes','KeyConditionExpression':':a > id','ExpressionAttributeValues':{':a':{'N':'1'}}}"
                    + "|One or more parameter values were invalid: Condition parameter type does not match schema type",
            "{'TableName':'hashes','KeyConditionExpression':'y = :a and z = :a','ExpressionAttributeValues':"
                    + "{':a':{'S':'1'}}}|Query key condition not supported",
            "{'TableName':'ranges','KeyConditionExpression':'a = :a','ExpressionAttributeValues':{':a':{'S':'b'}},"
                    + "'ExclusiveStartKey':{'a':{'S':'a'},'b':{'S':'a'}}}"
                    + "|The provided starting key is outside query boundaries based on provided conditions",
            "{'TableName':'ranges','KeyConditionExpression':'a = :a and b > :a','ExpressionAttributeValues':"
                    + "{':a':{'S':'b'}},'ExclusiveStartKey':{'a':{'S':'a'},'b':{'S':'a'}}}"
                    + "|The provided starting key does not match the range key predicate",
            "{'TableName':'ranges','KeyConditionExpression':'a = :a and b < :a','ExpressionAttributeValues':"
                    + "{':a':{'S':'b'}},'ExclusiveStartKey':{'a':{'S':'a'},'b':{'S':'a'}}}"
                    + "|The query can return at most one row and cannot be restarted",
            "{'TableName':'ranges','KeyConditionExpression':'a = :a','FilterExpression':'b > :a OR d = :a',"
                    + "'ExpressionAttributeValues':{':a':{'S':'b'}}}"
                    + "|Filter Expression can only contain non-primary key attributes: Primary key attribute: b",
            "{'TableName':'ranges','KeyConditions':{'a':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'b'}]}},"
                    + "'QueryFilter':{'a':{'ComparisonOperator':'NULL'}}}"
                    + "|QueryFilter can only contain non-primary key attributes: Primary key attribute: a",
            "{'TableName':'ranges','IndexName':'byC','Select':'ALL_ATTRIBUTES','KeyConditionExpression':'c = :a',"
                    + "'ExpressionAttributeValues':{':a':{'S':'b'}}}|One or more parameter values were invalid: Select "
                    + "type ALL_ATTRIBUTES is not supported for global secondary index byC because its projection type "
                    + "is not ALL",
            "{'TableName':'ranges','IndexName':'whatever','ExclusiveStartKey':{},"
                    + "'KeyConditions':{'z':{'ComparisonOperator':'NULL'}}}"
                    + "|The table does not have the specified index: whatever"
    }, delimiter = '|')
    void aQueryIsCheckedAgainstTheKeySchemaItReads(String request, String message) {
        assertEquals(message, validation("Query", request));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "{'TableName':'hashes','ExclusiveStartKey':{'a':{'S':'a'},'b':{'S':'b'}}}"
                    + "|The provided starting key is invalid: The provided key element does not match the schema",
            "{'TableName':'hashes','ExclusiveStartKey':{'id':{'N':'1'}}}"
                    + "|The provided starting key is invalid: The provided key element does not match the schema",
            "{'TableName':'ranges','IndexName':'nope','ExclusiveStartKey':{'a':{'S':'a'}}}"
                    + "|The table does not have the specified index: nope",
            "{'TableName':'hashes','IndexName':'nope','ExclusiveStartKey':{}}"
                    + "|The table does not have the specified index: nope",
            "{'TableName':'ranges','IndexName':'nope','FilterExpression':'attribute_exists(x.y)','ExclusiveStartKey':"
                    + "{'p':{'S':'a'},'q':{'S':'a'},'r':{'S':'a'}}}|The table does not have the specified index: nope",
            "{'TableName':'ranges','IndexName':'byC','ExclusiveStartKey':{'a':{'S':'a'},'b':{'S':'a'},'d':{'S':'a'}}}"
                    + "|The provided starting key is invalid"
    }, delimiter = '|')
    void aScanStartKeyIsCheckedAgainstTheTableAndIndex(String request, String message) {
        assertEquals(message, validation("Scan", request));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "{'TableName':'missing','Segment':1,'FilterExpression':'','ExpressionAttributeNames':{},'ExpressionAttributeValues':{}}"
                    + "|The TotalSegments parameter is required but was not present in the request when Segment "
                    + "parameter is present",
            "{'TableName':'missing','TotalSegments':2,'FilterExpression':'','ExpressionAttributeNames':{}}"
                    + "|The Segment parameter is required but was not present in the request when parameter "
                    + "TotalSegments is present",
            "{'TableName':'missing','Segment':3,'TotalSegments':3,'ProjectionExpression':'',"
                    + "'ExpressionAttributeNames':{}}"
                    + "|The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 3 "
                    + "is not less than TotalSegments: 3"
    }, delimiter = '|')
    void aScanNamesItsSegmentsBeforeItsExpressionParameters(String request, String message) {
        assertEquals(message, validation("Scan", request));
    }

    @Test
    void aGlobalIndexAnswersOnlyWhatItProjects() {
        assertEquals("One or more parameter values were invalid: Global secondary index byC does not project [d, e]",
                validation("Query", "{'TableName':'ranges','IndexName':'byC','KeyConditionExpression':'c = :c',"
                        + "'ExpressionAttributeValues':{':c':{'S':'x'}},'ProjectionExpression':'a, d, e.f, c'}"));
        assertEquals("One or more parameter values were invalid: Global secondary index byC does not project [d]",
                validation("Scan", "{'TableName':'ranges','IndexName':'byC','AttributesToGet':['d','b']}"));
        assertEquals(0, ddb.call("Query", "{'TableName':'ranges','IndexName':'byC','KeyConditionExpression':'c = :c',"
                + "'ExpressionAttributeValues':{':c':{'S':'x'}},'ProjectionExpression':'a, b, c'}").get("Count").asInt());
    }

    @Test
    void projectionsAndFiltersMayNotReachIntoKeyAttributes() {
        String refusal = "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: ";
        assertEquals(refusal + "Key: a", validation("Query", "{'TableName':'ranges','KeyConditionExpression':'a = :a',"
                + "'ExpressionAttributeValues':{':a':{'S':'x'}},'ProjectionExpression':'d, a.x'}"));
        assertEquals(refusal + "IndexKey: c", validation("Scan", "{'TableName':'ranges','FilterExpression':"
                + "'c.d = :v','ExpressionAttributeValues':{':v':{'S':'x'}}}"));
    }

    @Test
    void keysLongerThanDynamoDbAllowsAreRefused() {
        String hash = "x".repeat(2049);
        assertEquals("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit "
                + "of2048 bytes", validation("GetItem", "{'TableName':'hashes','Key':{'id':{'S':'" + hash + "'}}}"));
        assertEquals("One or more parameter values were invalid: Aggregated size of all range keys has exceeded the "
                + "size limit of 1024 bytes", validation("PutItem", "{'TableName':'ranges','Item':{'a':{'S':'a'},"
                + "'b':{'S':'" + "é".repeat(513) + "'}}}"));
        ddb.call("PutItem", "{'TableName':'hashes','Item':{'id':{'S':'" + "x".repeat(2048) + "'}}}");
    }

    @Test
    void aStartKeyOfAnotherSegmentIsNamedBeforeTheFiltersPathIntoTheKey() {
        for (int i = 0; i < 10; i++) {
            ddb.call("PutItem", "{'TableName':'hashes','Item':{'id':{'S':'" + i + "'}}}");
        }
        String other = ddb.call("Scan", "{'TableName':'hashes','Segment':1,'TotalSegments':2}")
                .get("Items").get(0).get("id").get("S").asText();
        assertEquals("The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey "
                + "with correct Segment. TotalSegments: 2 Segment: 0", validation("Scan", "{'TableName':'hashes',"
                + "'Segment':0,'TotalSegments':2,'FilterExpression':'attribute_exists(id.b.c)',"
                + "'ExclusiveStartKey':{'id':{'S':'" + other + "'}}}"));
    }
}
