package com.apartmentbooking.local.dynamodbstreams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.dynamodb.DynamoDbFixture;
import com.apartmentbooking.local.server.AcceptedCredentials;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.server.RequestMutations;
import com.apartmentbooking.local.server.SigV4Verifier;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Mutated requests of every DynamoDB Streams operation the runtime serves never answer a 5xx or anything but AWS's
 * JSON error shape.
 */
class DynamoDbStreamsRequestFuzzTest {

    private static final String TARGET = "DynamoDBStreams_20120810";

    private static DynamoDbFixture ddb;
    private static FrontDoor frontDoor;
    private static URI endpoint;
    private static final Map<String, String> REQUESTS = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        ddb = new DynamoDbFixture();
        ddb.createStreamTable("users", "NEW_AND_OLD_IMAGES");
        ddb.call("PutItem", "{'TableName':'users','Item':{'id':{'S':'a'}}}");
        String stream = ddb.call("DescribeTable", "{'TableName':'users'}").at("/Table/LatestStreamArn").asText();
        String shard = ddb.streams("DescribeStream", "{'StreamArn':'" + stream + "'}")
                .at("/StreamDescription/Shards/0/ShardId").asText();
        String iterator = ddb.streams("GetShardIterator", "{'StreamArn':'" + stream + "','ShardId':'" + shard
                + "','ShardIteratorType':'TRIM_HORIZON'}").get("ShardIterator").asText();
        REQUESTS.put("ListStreams", "{\"TableName\":\"users\",\"Limit\":10,\"ExclusiveStartStreamArn\":\"" + stream + "\"}");
        REQUESTS.put("DescribeStream", "{\"StreamArn\":\"" + stream + "\",\"Limit\":10,\"ExclusiveStartShardId\":\""
                + shard + "\"}");
        REQUESTS.put("GetShardIterator", "{\"StreamArn\":\"" + stream + "\",\"ShardId\":\"" + shard
                + "\",\"ShardIteratorType\":\"AT_SEQUENCE_NUMBER\",\"SequenceNumber\":\"000000000000000000001\"}");
        REQUESTS.put("GetRecords", "{\"ShardIterator\":\"" + iterator + "\",\"Limit\":5}");
        FrontDoor.Builder builder = FrontDoor.builder().port(0)
                .signatures(new SigV4Verifier(AcceptedCredentials.defaults("000000000000"), Clock.systemUTC()));
        ddb.dynamoDb.registerOn(builder);
        ddb.dynamoDbStreams.registerOn(builder);
        frontDoor = builder.build().start();
        endpoint = URI.create(frontDoor.endpoint() + "/");
    }

    @AfterAll
    static void stop() {
        frontDoor.close();
        ddb.close();
    }

    @Test
    void everyServedOperationIsFuzzed() throws Exception {
        RequestMutations probe = new RequestMutations(endpoint, "application/x-amz-json-1.0", 0)
                .signedFor("dynamodb", "us-east-1");

        assertEquals(REQUESTS.keySet(), probe.servedOperations(TARGET,
                RequestMutations.sdkOperations(DynamoDbStreamsClient.class)));
    }

    @Test
    void mutatedRequestsAreAnsweredInAwsErrorShape() throws Exception {
        RequestMutations mutations = new RequestMutations(endpoint, "application/x-amz-json-1.0", 19)
                .signedFor("dynamodb", "us-east-1");
        for (Map.Entry<String, String> request : REQUESTS.entrySet()) {
            mutations.check(TARGET + "." + request.getKey(), request.getValue(), 150);
        }
    }
}
