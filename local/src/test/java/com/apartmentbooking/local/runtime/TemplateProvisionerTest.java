package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.dynamodb.LocalDynamoDb;
import com.apartmentbooking.local.dynamodbstreams.LocalDynamoDbStreams;
import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.lambda.LambdaOperations;
import com.apartmentbooking.local.lambda.LambdaSettings;
import com.apartmentbooking.local.lambda.LocalLambda;
import com.apartmentbooking.local.sqs.LocalSqs;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.template.FunctionSpec;
import com.apartmentbooking.local.template.StreamEventSource;
import com.apartmentbooking.local.template.TableSpec;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template's functions created through Lambda's API, and provisioning the same template again (each start):
 * what the template changed is updated, the rest left as it is.
 */
class TemplateProvisionerTest {

    private static final String REGION = "us-east-1";
    private static final String ACCOUNT = "123456789012";
    private static final TableSpec BOOKINGS = new TableSpec("BookingsTable", "Bookings", null, "PAY_PER_REQUEST",
            Map.of("id", "S"), "id", null, List.of(), List.of(), "NEW_AND_OLD_IMAGES", null, null);

    @TempDir
    Path directory;
    private final ControllableClock clock = new ControllableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private TemplateProvisioner provisioner;
    private Store store;
    private LocalDynamoDb dynamoDb;
    private LocalSqs sqs;
    private LocalLambda lambda;
    private LambdaOperations api;
    /** The Bookings table's stream, which Lambda maps only while it exists. */
    private String streamArn;

    @BeforeEach
    void start() {
        store = Store.inMemory();
        provisioner = new TemplateProvisioner(REGION, new FunctionJars(store, Clock.systemUTC()));
        dynamoDb = LocalDynamoDb.start(store, clock, clock, REGION);
        sqs = LocalSqs.start(store, clock, REGION, ACCOUNT, "http://127.0.0.1:1");
        lambda = LocalLambda.start(store, clock, clock, REGION, ACCOUNT, URI.create("http://127.0.0.1:1"),
                new LocalDynamoDbStreams(dynamoDb.service()).api(), sqs.api(),
                new LambdaSettings(1, null, directory.resolve("code")));
        api = lambda.operations();
        provisioner.table(dynamoDb, BOOKINGS);
        streamArn = provisioner.streamArns(dynamoDb.protocol(), List.of(BOOKINGS)).get("Bookings");
    }

    @AfterEach
    void stop() {
        lambda.close();
        dynamoDb.close();
        store.close();
    }

    private Path jar(String content) throws IOException {
        Path jar = directory.resolve("projector.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("content.txt"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }

    private FunctionSpec projector(Path jar, Map<String, String> environment, Integer batchSize) {
        StreamEventSource stream = new StreamEventSource("BookingsStream", "ProjectorBookingsStream", streamArn,
                "TRIM_HORIZON", batchSize, null, List.of("ReportBatchItemFailures"), 3, null, null, null, true);
        return new FunctionSpec("ProjectorFunction", "stack-Projector", "arn:aws:lambda:us-east-1:123456789012:"
                + "function:stack-Projector", "example.Handler::handleRequest", "java21", jar, 512, 30, List.of(),
                environment, List.of(stream), "AWS_IAM", "http://127.0.0.1:1/lambda-url/stack-Projector/", "live");
    }

    private void provision(FunctionSpec function) {
        provisioner.function(api, function, "arn:aws:iam::" + ACCOUNT + ":role/" + function.logicalId() + "Role");
    }

    private JsonNode call(String operation, String... members) {
        var request = Json.WIRE.createObjectNode();
        for (int i = 0; i < members.length; i += 2) {
            request.put(members[i], members[i + 1]);
        }
        return api.call(operation, request);
    }

    @Test
    void createsTheFunctionWithItsAliasUrlAndStreamMapping() throws Exception {
        provision(projector(jar("v1"), Map.of("TABLE", "Bookings"), null));

        JsonNode function = call("GetFunctionConfiguration", "FunctionName", "stack-Projector", "Qualifier", "live");
        assertEquals("arn:aws:lambda:us-east-1:123456789012:function:stack-Projector", function.path("FunctionArn").asText());
        assertEquals("arn:aws:iam::123456789012:role/ProjectorFunctionRole", function.path("Role").asText());
        assertEquals(512, function.path("MemorySize").asInt());
        assertEquals(30, function.path("Timeout").asInt());
        assertEquals("Bookings", function.path("Environment").path("Variables").path("TABLE").asText());
        assertEquals("[\"x86_64\"]", function.path("Architectures").toString());
        JsonNode mappings = call("ListEventSourceMappings", "FunctionName", "stack-Projector").path("EventSourceMappings");
        assertEquals(1, mappings.size());
        assertEquals(100, mappings.path(0).path("BatchSize").asInt());
        assertEquals(3, mappings.path(0).path("MaximumRetryAttempts").asInt());
        assertEquals("AWS_IAM", call("UpdateFunctionUrlConfig", "FunctionName", "stack-Projector")
                .path("AuthType").asText());
    }

    @Test
    void provisioningTheSameTemplateAgainChangesNothing() throws Exception {
        FunctionSpec function = projector(jar("v1"), Map.of("TABLE", "Bookings"), null);
        provision(function);
        JsonNode before = call("GetFunctionConfiguration", "FunctionName", "stack-Projector");
        JsonNode mappingBefore = call("ListEventSourceMappings", "FunctionName", "stack-Projector");

        clock.advance(Duration.ofMinutes(5));
        provision(function);

        assertEquals(before, call("GetFunctionConfiguration", "FunctionName", "stack-Projector"));
        assertEquals(mappingBefore, call("ListEventSourceMappings", "FunctionName", "stack-Projector"));
    }

    @Test
    void provisioningAChangedTemplateUpdatesTheFunctionAndItsMapping() throws Exception {
        provision(projector(jar("v1"), Map.of("TABLE", "Bookings"), null));
        JsonNode before = call("GetFunctionConfiguration", "FunctionName", "stack-Projector");
        String uuid = call("ListEventSourceMappings", "FunctionName", "stack-Projector")
                .path("EventSourceMappings").path(0).path("UUID").asText();

        clock.advance(Duration.ofMinutes(5));
        provision(projector(jar("v2"), Map.of("TABLE", "Bookings2"), 10));

        JsonNode after = call("GetFunctionConfiguration", "FunctionName", "stack-Projector");
        assertEquals("Bookings2", after.path("Environment").path("Variables").path("TABLE").asText());
        assertNotEquals(before.path("CodeSha256"), after.path("CodeSha256"));
        assertNotEquals(before.path("LastModified"), after.path("LastModified"));
        JsonNode mappings = call("ListEventSourceMappings", "FunctionName", "stack-Projector").path("EventSourceMappings");
        assertEquals(1, mappings.size());
        assertEquals(uuid, mappings.path(0).path("UUID").asText(), "the same mapping, so its checkpoints stay");
        assertEquals(10, mappings.path(0).path("BatchSize").asInt());
    }

    @Test
    void aFunctionWhoseJarIsMissingIsRefusedWithWhatToDoAndNotCreated() {
        Path missing = directory.resolve("not-built.jar");

        UncheckedIOException refused = assertThrows(UncheckedIOException.class,
                () -> provision(projector(missing, Map.of(), null)));

        assertEquals("The code of ProjectorFunction (CodeUri " + missing + ") cannot be read; build the function's "
                + "jar first", refused.getMessage());
        assertEquals(0, call("ListFunctions").path("Functions").size());
    }

    @Test
    void aJarMissingAtALaterStartIsRefusedAndTheFunctionKeepsItsCode() throws Exception {
        Path jar = jar("v1");
        provision(projector(jar, Map.of(), null));
        JsonNode before = call("GetFunctionConfiguration", "FunctionName", "stack-Projector");
        Files.delete(jar);

        assertThrows(UncheckedIOException.class, () -> provision(projector(jar, Map.of(), null)));

        assertEquals(before, call("GetFunctionConfiguration", "FunctionName", "stack-Projector"));
    }
}
