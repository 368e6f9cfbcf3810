package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template's tables are ACTIVE once the runtime is ready, however long a table's creation takes otherwise. */
class TemplateTableStatusTest {

    @TempDir
    Path workDirectory;

    @Test
    void theTemplatesTablesAreActiveWhenTheRuntimeIsReady() throws Exception {
        RuntimeOptions options = RuntimeOptions.defaults(OneTableTemplate.writeTo(workDirectory)).withPort(0)
                .withDataDirectory(workDirectory.resolve("data")).withTableStatusDelay(Duration.ofHours(1));
        String describe = "{\"TableName\": \"" + OneTableTemplate.TABLE + "\"}";
        try (LocalRuntime runtime = LocalRuntime.start(options)) {
            assertEquals("ACTIVE", runtime.dynamoDb().api().call("DescribeTable", Json.WIRE.readTree(describe))
                    .at("/Table/TableStatus").asText());
        }
        try (LocalRuntime again = LocalRuntime.start(options)) {
            assertEquals("ACTIVE", again.dynamoDb().api().call("DescribeTable", Json.WIRE.readTree(describe))
                    .at("/Table/TableStatus").asText(), "and so at a later start on the same data");
        }
    }

    @Test
    void aTemplateTableLeftBeingDeletedIsThereAgainAtTheNextStart() throws Exception {
        RuntimeOptions options = RuntimeOptions.defaults(OneTableTemplate.writeTo(workDirectory)).withPort(0)
                .withDataDirectory(workDirectory.resolve("data")).withTableStatusDelay(Duration.ofHours(1));
        String table = "{\"TableName\": \"" + OneTableTemplate.TABLE + "\"}";
        try (LocalRuntime runtime = LocalRuntime.start(options)) {
            runtime.dynamoDb().api().call("PutItem", Json.WIRE.readTree("{\"TableName\": \"" + OneTableTemplate.TABLE
                    + "\", \"Item\": {\"id\": {\"S\": \"a\"}}}"));
            assertEquals("DELETING", runtime.dynamoDb().api().call("DeleteTable", Json.WIRE.readTree(table))
                    .at("/TableDescription/TableStatus").asText());
        }
        try (LocalRuntime again = LocalRuntime.start(options)) {
            JsonNode described = again.dynamoDb().api().call("DescribeTable", Json.WIRE.readTree(table)).get("Table");
            assertEquals("ACTIVE", described.get("TableStatus").asText());
            assertEquals(0, described.get("ItemCount").asInt(), "created again, empty");
        }
    }
}
