package com.apartmentbooking.bench.floor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads one apartment's status: a DynamoDB client built once at init, as the product's handlers
 * build theirs, and one GetItem per invocation. No tracing, no JSON library of its own.
 */
public class SdkFloorHandler implements RequestHandler<Map<String, Object>, String> {

    private final DynamoDbClient dynamoDb = DynamoDbClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(System.getenv("AWS_REGION")))
            .build();
    private final String apartmentsTable = System.getenv("APARTMENTS_TABLE");

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        Map<String, AttributeValue> item = dynamoDb.getItem(get -> get.tableName(apartmentsTable)
                .key(Map.of("id", AttributeValue.fromS(String.valueOf(event.get("apartmentId")))))).item();
        return item.get("status").s();
    }
}
