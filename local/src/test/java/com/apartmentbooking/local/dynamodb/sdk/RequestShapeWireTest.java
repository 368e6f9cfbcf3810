package com.apartmentbooking.local.dynamodb.sdk;

import com.apartmentbooking.local.server.AcceptedCredentials;
import com.apartmentbooking.local.server.SdkSigning;
import com.apartmentbooking.local.server.SigV4Request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Requests that do not fit their operation's shape, through the front door: the exact bodies DynamoDB answers
 * (a SerializationException's {@code Message}, a ValidationException's collected constraints, each error in its
 * namespace), and that the refused request changed nothing.
 */
class RequestShapeWireTest {

    static SdkRuntime runtime;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
        post("CreateTable", "{'TableName':'shapes','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}],"
                + "'BillingMode':'PAY_PER_REQUEST'}");
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void aMemberOfTheWrongTypeIsASerializationExceptionWithACapitalMessage() {
        assertAnswer(400, "{'__type':'com.amazon.coral.service#SerializationException',"
                + "'Message':'NUMBER_VALUE cannot be converted to String'}", post("GetItem", "{'TableName':5}"));
        assertAnswer(400, "{'__type':'com.amazon.coral.service#SerializationException',"
                + "'Message':'Unexpected value type in payload'}",
                post("PutItem", "{'TableName':'shapes','Item':{'id':'a'}}"));
        assertAnswer(400, "{'__type':'com.amazon.coral.service#SerializationException',"
                + "'Message':'Unrecognized collection type class java.lang.Boolean'}",
                post("Query", "{'TableName':'shapes','ScanIndexForward':[]}"));
    }

    @Test
    void typesAreCheckedBeforeConstraints() {
        assertAnswer(400, "{'__type':'com.amazon.coral.service#SerializationException',"
                + "'Message':'STRING_VALUE cannot be converted to Integer'}",
                post("Scan", "{'TableName':'a;','Select':'hi','Limit':'1'}"));
    }

    @Test
    void brokenConstraintsAreOneValidationException() {
        assertAnswer(400, "{'__type':'com.amazon.coral.validate#ValidationException','message':"
                + "'2 validation errors detected: Value \\'hi\\' at \\'select\\' failed to satisfy constraint: "
                + "Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, "
                + "ALL_PROJECTED_ATTRIBUTES]; Value \\'0\\' at \\'limit\\' failed to satisfy constraint: Member "
                + "must have value greater than or equal to 1'}",
                post("Scan", "{'TableName':'shapes','Select':'hi','Limit':0}"));
        assertAnswer(400, "{'__type':'com.amazon.coral.validate#ValidationException','message':"
                + "'1 validation error detected: Value null at \\'transactItems.1.member.put.item\\' failed to "
                + "satisfy constraint: Member must not be null'}",
                post("TransactWriteItems", "{'TransactItems':[{'Put':{'TableName':'shapes'}}]}"));
    }

    @Test
    void aRefusedRequestChangesNothing() {
        post("PutItem", "{'TableName':'shapes','Item':{'id':{'S':'kept'}},'ReturnValues':'SOMETIMES'}");
        post("PutItem", "{'TableName':'shapes','Item':{'id':{'S':'kept'},'b':{'B':'abc'}}}");
        assertAnswer(200, "{}", post("GetItem", "{'TableName':'shapes','Key':{'id':{'S':'kept'}}}"));
    }

    @Test
    void dynamoDbsOwnErrorsKeepTheirNamespace() {
        assertAnswer(400, "{'__type':'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException',"
                + "'message':'Requested resource not found'}",
                post("GetItem", "{'TableName':'missing','Key':{'id':{'S':'a'}}}"));
    }

    @Test
    void theSdkReadsTheValidationException() {
        DynamoDbException e = assertThrows(DynamoDbException.class,
                () -> runtime.client().scan(r -> r.tableName("shapes").limit(0)));
        assertEquals(400, e.statusCode());
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertEquals("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must "
                + "have value greater than or equal to 1", e.awsErrorDetails().errorMessage());
    }

    /** A raw request signed as the SDK signs it, since DynamoDB refuses unsigned ones before reading them. */
    private static HttpResponse<String> post(String operation, String body) {
        String json = body.replace('\'', '"').replace("\\\"", "'");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-1.0");
        headers.put("X-Amz-Target", "DynamoDB_20120810." + operation);
        SigV4Request signed = SdkSigning.as(AcceptedCredentials.README_KEY, "dynamodb", "us-east-1", Instant.now())
                .post(runtime.endpoint() + "/", headers, json);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(runtime.endpoint() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        signed.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
                builder.header(name, value);
            }
        });
        HttpRequest request = builder.build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertAnswer(int status, String expectedBody, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        try {
            assertEquals(Ddb.JSON.readTree(expectedBody.replace('\'', '"').replace("\\\"", "'")),
                    Ddb.JSON.readTree(response.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
