package com.apartmentbooking.local.dynamodb.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.server.RequestMutations;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Mutated requests of every DynamoDB operation the runtime serves never answer a 5xx or anything but AWS's JSON error shape. */
class DynamoDbRequestFuzzTest {

    private static final String TABLE = "{\"TableName\":\"Fuzz\",\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
            + "{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],\"AttributeDefinitions\":[{\"AttributeName\":\"pk\","
            + "\"AttributeType\":\"S\"},{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}";

    private static SdkRuntime runtime;
    private static RequestMutations mutations;

    @BeforeAll
    static void start() throws Exception {
        runtime = SdkRuntime.inMemory();
        URI endpoint = URI.create(runtime.endpoint() + "/");
        runtime.client().createTable(request -> request.tableName("Fuzz")
                .keySchema(key -> key.attributeName("pk").keyType(KeyType.HASH),
                        key -> key.attributeName("sk").keyType(KeyType.RANGE))
                .attributeDefinitions(pk -> pk.attributeName("pk").attributeType(ScalarAttributeType.S),
                        sk -> sk.attributeName("sk").attributeType(ScalarAttributeType.N))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        mutations = new RequestMutations(endpoint, "application/x-amz-json-1.0", 11)
                .signedFor("dynamodb", SdkRuntime.REGION.id());
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static void check(String operation, String request) throws Exception {
        mutations.check("DynamoDB_20120810." + operation, request, 80);
    }

    @Test
    void everyServedOperationIsFuzzed() throws Exception {
        Set<String> fuzzed = new TreeSet<>(List.of("CreateTable", "DescribeTable", "ListTables", "UpdateTable",
                "DeleteTable", "UpdateTimeToLive", "DescribeTimeToLive", "TagResource", "UntagResource",
                "ListTagsOfResource", "PutItem", "UpdateItem", "TransactWriteItems", "DeleteItem", "BatchWriteItem",
                "GetItem", "Query", "Scan", "BatchGetItem", "TransactGetItems", "ExecuteStatement",
                "BatchExecuteStatement", "ExecuteTransaction"));

        assertEquals(fuzzed, mutations.servedOperations("DynamoDB_20120810",
                RequestMutations.sdkOperations(DynamoDbClient.class)));
    }

    @Test
    void tables() throws Exception {
        check("CreateTable", TABLE.replace("\"Fuzz\"", "\"Other\"").replace(
                "\"BillingMode\":\"PAY_PER_REQUEST\"", "\"BillingMode\":\"PAY_PER_REQUEST\",\"StreamSpecification\":"
                        + "{\"StreamEnabled\":true,\"StreamViewType\":\"NEW_IMAGE\"},\"GlobalSecondaryIndexes\":[{"
                        + "\"IndexName\":\"bySk\",\"KeySchema\":[{\"AttributeName\":\"sk\",\"KeyType\":\"HASH\"}],"
                        + "\"Projection\":{\"ProjectionType\":\"ALL\"}}]"));
        check("DescribeTable", "{\"TableName\":\"Fuzz\"}");
        check("ListTables", "{\"ExclusiveStartTableName\":\"A\",\"Limit\":5}");
        check("UpdateTable", "{\"TableName\":\"Fuzz\",\"StreamSpecification\":{\"StreamEnabled\":true,"
                + "\"StreamViewType\":\"KEYS_ONLY\"},\"BillingMode\":\"PAY_PER_REQUEST\"}");
        check("UpdateTimeToLive", "{\"TableName\":\"Fuzz\",\"TimeToLiveSpecification\":{\"Enabled\":true,"
                + "\"AttributeName\":\"ttl\"}}");
        check("DescribeTimeToLive", "{\"TableName\":\"Fuzz\"}");
        String arn = "arn:aws:dynamodb:us-east-1:000000000000:table/Fuzz";
        check("TagResource", "{\"ResourceArn\":\"" + arn + "\",\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}]}");
        check("ListTagsOfResource", "{\"ResourceArn\":\"" + arn + "\",\"NextToken\":\"x\"}");
        check("UntagResource", "{\"ResourceArn\":\"" + arn + "\",\"TagKeys\":[\"k\"]}");
        check("DeleteTable", "{\"TableName\":\"Missing\"}");
    }

    @Test
    void itemWrites() throws Exception {
        check("PutItem", "{\"TableName\":\"Fuzz\",\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"},"
                + "\"l\":{\"L\":[{\"S\":\"x\"},{\"NS\":[\"1\",\"2\"]}]},\"m\":{\"M\":{\"b\":{\"BOOL\":true}}}},"
                + "\"ConditionExpression\":\"attribute_not_exists(pk) OR #n < :v\","
                + "\"ExpressionAttributeNames\":{\"#n\":\"n\"},\"ExpressionAttributeValues\":{\":v\":{\"N\":\"5\"}}}");
        check("UpdateItem", "{\"TableName\":\"Fuzz\",\"Key\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}},"
                + "\"UpdateExpression\":\"SET #n = if_not_exists(#n, :z) + :one REMOVE l[0] ADD s :set\","
                + "\"ExpressionAttributeNames\":{\"#n\":\"n\"},\"ExpressionAttributeValues\":{\":z\":{\"N\":\"0\"},"
                + "\":one\":{\"N\":\"1\"},\":set\":{\"SS\":[\"q\"]}},\"ReturnValues\":\"ALL_NEW\"}");
        check("DeleteItem", "{\"TableName\":\"Fuzz\",\"Key\":{\"pk\":{\"S\":\"z\"},\"sk\":{\"N\":\"1\"}},"
                + "\"ConditionExpression\":\"attribute_exists(pk)\",\"ReturnValues\":\"ALL_OLD\"}");
        check("BatchWriteItem", "{\"RequestItems\":{\"Fuzz\":[{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"b\"},"
                + "\"sk\":{\"N\":\"1\"}}}},{\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"c\"},\"sk\":{\"N\":\"1\"}}}}]}}");
        check("TransactWriteItems", "{\"TransactItems\":[{\"Put\":{\"TableName\":\"Fuzz\",\"Item\":{\"pk\":{\"S\":\"t\"},"
                + "\"sk\":{\"N\":\"2\"}}}},{\"Delete\":{\"TableName\":\"Fuzz\",\"Key\":{\"pk\":{\"S\":\"u\"},\"sk\":{\"N\":\"3\"}}}}]}");
    }

    @Test
    void reads() throws Exception {
        check("Query", "{\"TableName\":\"Fuzz\",\"KeyConditionExpression\":\"pk = :p AND sk BETWEEN :a AND :b\","
                + "\"FilterExpression\":\"size(l) > :a\",\"ProjectionExpression\":\"pk, l[0], m.b\",\"Limit\":10,"
                + "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"a\"},\":a\":{\"N\":\"0\"},\":b\":{\"N\":\"9\"}}}");
        check("Scan", "{\"TableName\":\"Fuzz\",\"Segment\":0,\"TotalSegments\":2,\"Limit\":5,"
                + "\"ExclusiveStartKey\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}}}");
        check("GetItem", "{\"TableName\":\"Fuzz\",\"Key\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}},"
                + "\"ProjectionExpression\":\"#m.b, l[1]\",\"ExpressionAttributeNames\":{\"#m\":\"m\"},"
                + "\"ConsistentRead\":true}");
        check("TransactGetItems", "{\"TransactItems\":[{\"Get\":{\"TableName\":\"Fuzz\",\"Key\":{\"pk\":{\"S\":\"a\"},"
                + "\"sk\":{\"N\":\"1\"}}}}]}");
        check("BatchGetItem", "{\"RequestItems\":{\"Fuzz\":{\"Keys\":[{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}}]}}}");
    }

    @Test
    void partiql() throws Exception {
        check("ExecuteStatement", "{\"Statement\":\"SELECT pk, m.b FROM \\\"Fuzz\\\" WHERE pk = ? AND sk BETWEEN 1 AND 9 "
                + "OR begins_with(s, 'x') AND l[0] IN ('a', 'b')\",\"Parameters\":[{\"S\":\"a\"}],\"Limit\":2,"
                + "\"ConsistentRead\":true}");
        check("ExecuteStatement", "{\"Statement\":\"INSERT INTO Fuzz VALUE {'pk': ?, 'sk': 1, 'l': [1, 'x'], "
                + "'s': <<'a', 'b'>>, 'm': {'b': true}}\",\"Parameters\":[{\"S\":\"p\"}]}");
        check("ExecuteStatement", "{\"Statement\":\"UPDATE Fuzz SET n = n + ? REMOVE l[0] WHERE pk = 'p' AND sk = 1 "
                + "RETURNING ALL NEW *\",\"Parameters\":[{\"N\":\"1\"}],"
                + "\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}");
        check("BatchExecuteStatement", "{\"Statements\":[{\"Statement\":\"DELETE FROM Fuzz WHERE pk = ? AND sk = 2\","
                + "\"Parameters\":[{\"S\":\"q\"}]},{\"Statement\":\"INSERT INTO Fuzz VALUE {'pk': 'r', 'sk': 3}\"}]}");
        check("ExecuteTransaction", "{\"TransactStatements\":[{\"Statement\":\"SELECT * FROM Fuzz WHERE pk = 'p' "
                + "AND sk = 1\"}],\"ClientRequestToken\":\"token\"}");
    }
}
