package com.apartmentbooking.local.lambda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Tables with streams, and what the stream handler fixture recorded. */
final class StreamFixture {

    private StreamFixture() {
    }

    /** Creates a table keyed by "id" with a NEW_AND_OLD_IMAGES stream; returns the stream's ARN. */
    static String createTable(DynamoDbClient dynamoDb, String name) {
        return dynamoDb.createTable(b -> b.tableName(name)
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .billingMode("PAY_PER_REQUEST")
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)))
                .tableDescription().latestStreamArn();
    }

    static void put(DynamoDbClient dynamoDb, String table, String id, String... flags) {
        Map<String, AttributeValue> item = new java.util.HashMap<>();
        item.put("id", AttributeValue.fromS(id));
        for (String flag : flags) {
            item.put(flag, AttributeValue.fromBool(true));
        }
        dynamoDb.putItem(b -> b.tableName(table).item(item));
    }

    static List<String> received(Path directory) throws IOException {
        Path file = directory.resolve("received.txt");
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    /** Waits (real time, polling) until the recorded lines satisfy {@code done}; returns them. */
    static List<String> awaitReceived(Path directory, Predicate<List<String>> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<String> lines = received(directory);
        while (!done.test(lines)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The stream handler received: " + lines);
            }
            Thread.sleep(50);
            lines = received(directory);
        }
        return lines;
    }
}
