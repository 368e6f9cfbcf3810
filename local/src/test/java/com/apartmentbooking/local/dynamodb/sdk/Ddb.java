package com.apartmentbooking.local.dynamodb.sdk;

import com.apartmentbooking.local.RecordedAws;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** Shorthands for the SDK tests: attribute values, items, tables, expected errors, recorded AWS data. */
final class Ddb {

    private static final AtomicInteger TABLES = new AtomicInteger();
    static final ObjectMapper JSON = new ObjectMapper();

    private Ddb() {
    }

    static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    static AttributeValue n(Object v) {
        return AttributeValue.fromN(String.valueOf(v));
    }

    static AttributeValue b(byte... v) {
        return AttributeValue.fromB(SdkBytes.fromByteArray(v));
    }

    static AttributeValue bool(boolean v) {
        return AttributeValue.fromBool(v);
    }

    static AttributeValue nul() {
        return AttributeValue.fromNul(true);
    }

    static AttributeValue ss(String... v) {
        return AttributeValue.fromSs(Arrays.asList(v));
    }

    static AttributeValue ns(Object... v) {
        return AttributeValue.fromNs(Arrays.stream(v).map(String::valueOf).toList());
    }

    static AttributeValue l(AttributeValue... v) {
        return AttributeValue.fromL(Arrays.asList(v));
    }

    static AttributeValue m(Object... nameValuePairs) {
        return AttributeValue.fromM(item(nameValuePairs));
    }

    /** An item from name, value, name, value, ...; values are AttributeValues, Strings (S) or Numbers (N). */
    static Map<String, AttributeValue> item(Object... nameValuePairs) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            Object v = nameValuePairs[i + 1];
            AttributeValue value = v instanceof AttributeValue av ? av
                    : v instanceof Number num ? n(num)
                    : s((String) v);
            item.put((String) nameValuePairs[i], value);
        }
        return item;
    }

    static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    static AttributeDefinition attr(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    /** A table name unique in the JVM (tests of one class share one runtime). */
    static String tableName(String prefix) {
        return prefix + "-" + TABLES.incrementAndGet();
    }

    /** Creates an on-demand table with a string hash key and an optional string range key. */
    static TableDescription createTable(DynamoDbClient ddb, String name, String hashKey, String rangeKey) {
        return createTable(ddb, name, hashKey, rangeKey, null);
    }

    static TableDescription createTable(DynamoDbClient ddb, String name, String hashKey, String rangeKey,
                                        StreamViewType streamViewType) {
        List<KeySchemaElement> keys = new ArrayList<>();
        List<AttributeDefinition> defs = new ArrayList<>();
        keys.add(KeySchemaElement.builder().attributeName(hashKey).keyType(KeyType.HASH).build());
        defs.add(AttributeDefinition.builder().attributeName(hashKey).attributeType(ScalarAttributeType.S).build());
        if (rangeKey != null) {
            keys.add(KeySchemaElement.builder().attributeName(rangeKey).keyType(KeyType.RANGE).build());
            defs.add(AttributeDefinition.builder().attributeName(rangeKey).attributeType(ScalarAttributeType.S).build());
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name).keySchema(keys).attributeDefinitions(defs)
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (streamViewType != null) {
            request.streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(streamViewType).build());
        }
        return ddb.createTable(request.build()).tableDescription();
    }

    /** Runs the call, expects an SDK exception of that type, and checks the AWS error code and exact message. */
    static <T extends DynamoDbException> T expectError(Class<T> type, String code, String message, Executable call) {
        T e = assertThrows(type, call);
        assertEquals(code, e.awsErrorDetails().errorCode(), "error code");
        if (message != null) {
            assertEquals(message, e.awsErrorDetails().errorMessage(), "error message");
        }
        assertEquals(400, e.statusCode(), "HTTP status");
        return e;
    }

    /** Like {@link #expectError} with a message that must start with the prefix. */
    static <T extends DynamoDbException> T expectErrorStartingWith(Class<T> type, String code, String prefix, Executable call) {
        T e = expectError(type, code, null, call);
        String message = e.awsErrorDetails().errorMessage();
        assertTrue(message != null && message.startsWith(prefix), () -> "message <" + message + "> should start with <" + prefix + ">");
        return e;
    }

    static Path conformanceDir() {
        return RecordedAws.path("dynamodb");
    }

    static JsonNode conformance(String file) {
        try {
            return JSON.readTree(Files.readString(conformanceDir().resolve(file)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read recorded AWS data " + file, e);
        }
    }

    /** The recorded AWS error whose test_id ends with the suffix (errors.json). */
    static JsonNode recordedError(String testIdSuffix) {
        for (JsonNode e : conformance("errors.json").get("errors")) {
            if (e.get("test_id").asText().endsWith(testIdSuffix)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no recorded error " + testIdSuffix);
    }
}
