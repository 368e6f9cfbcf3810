package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The runtime as a user starts and stops it from a shell (a child process): a line per service as it becomes ready,
 * a clean stop on SIGTERM or Ctrl-C that the next start carries on from, {@code --reset}, and the one-line
 * refusals of a port in use and of an unreadable data directory.
 */
class MainLifecycleTest {

    private static final Pattern PROGRESS = Pattern.compile("  (\\S.{19}) ready in +\\d+ ms");
    private static final Map<String, AttributeValue> KEY = Map.of("id", AttributeValue.fromS("kept"));

    @TempDir
    Path workDirectory;
    private Path template;
    private Path data;

    @BeforeEach
    void writeTemplate() throws IOException {
        template = OneTableTemplate.writeTo(workDirectory);
        data = workDirectory.resolve("data");
    }

    @Test
    void eachServiceIsReportedAsItBecomesReadyThenTheRuntimeIsReady() throws Exception {
        try (ChildRuntime runtime = start()) {
            URI endpoint = runtime.awaitReady();

            List<String> lines = runtime.lines();
            assertEquals("Starting the local runtime from " + template + ", state in " + data, lines.get(0));
            int ready = lines.indexOf(lines.stream().filter(line -> line.startsWith("Local runtime ready in "))
                    .findFirst().orElseThrow());
            List<String> services = lines.subList(1, ready).stream().map(line -> {
                Matcher progress = PROGRESS.matcher(line);
                assertTrue(progress.matches(), "a progress line: " + line);
                return progress.group(1).strip();
            }).toList();
            assertEquals(List.of("store", "DynamoDB", "SQS", "Secrets Manager", "Lambda", "AppSync", "template",
                    "tables", "secrets", "Step Functions", "EventBridge", "template resources", "TLS certificate",
                    "front door"), services);
            assertTrue(lines.get(ready).matches("Local runtime ready in \\d+ ms at http://127\\.0\\.0\\.1:\\d+"),
                    lines.get(ready));
            assertEquals("http", endpoint.getScheme());
        }
    }

    @Test
    void sigtermStopsCleanlyAndTheNextStartHasTheSameData() throws Exception {
        try (ChildRuntime runtime = start()) {
            URI endpoint = runtime.awaitReady();
            try (DynamoDbClient dynamoDb = dynamoDb(endpoint)) {
                dynamoDb.putItem(put -> put.tableName(OneTableTemplate.TABLE).item(KEY));
            }

            runtime.signal("TERM");

            assertEquals(128 + 15, runtime.awaitExit());
            List<String> lines = runtime.lines();
            assertEquals(List.of("Stopping the local runtime (Ctrl-C again to stop at once)",
                    "Local runtime stopped; its state is kept in " + data), lines.subList(lines.size() - 2,
                            lines.size()));
        }
        try (ChildRuntime again = start(); DynamoDbClient dynamoDb = dynamoDb(again.awaitReady())) {
            assertEquals(KEY, dynamoDb.getItem(get -> get.tableName(OneTableTemplate.TABLE).key(KEY)).item());
        }
    }

    @Test
    void ctrlCStopsCleanly() throws Exception {
        // A process started in the background by a non-interactive shell has SIGINT ignored, and so do its children.
        assumeFalse(sigintIgnoredHere(), "SIGINT is ignored in this process and its children");
        try (ChildRuntime runtime = start()) {
            runtime.awaitReady();

            runtime.signal("INT");

            assertEquals(128 + 2, runtime.awaitExit());
            List<String> lines = runtime.lines();
            assertEquals("Local runtime stopped; its state is kept in " + data, lines.get(lines.size() - 1));
        }
    }

    @Test
    void resetDeletesTheDataDirectoryFirstAndSaysSo() throws Exception {
        try (ChildRuntime runtime = start(); DynamoDbClient dynamoDb = dynamoDb(runtime.awaitReady())) {
            dynamoDb.putItem(put -> put.tableName(OneTableTemplate.TABLE).item(KEY));
            runtime.signal("TERM");
            runtime.awaitExit();
        }

        try (ChildRuntime runtime = start("--reset"); DynamoDbClient dynamoDb = dynamoDb(runtime.awaitReady())) {
            assertEquals("Reset: deleted the data directory " + data + "; starting afresh", runtime.lines().get(0));
            assertFalse(dynamoDb.getItem(get -> get.tableName(OneTableTemplate.TABLE).key(KEY)).hasItem(),
                    "the item written before the reset is gone");
        }
    }

    @Test
    void aPortInUseStopsTheStartWithOneLineNamingThePortAndTheOption() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                ChildRuntime runtime = ChildRuntime.start("--template", template.toString(), "--data-dir",
                        data.toString(), "--port", Integer.toString(taken.getLocalPort()))) {
            assertEquals(1, runtime.awaitExit());
            assertEquals(List.of("The local runtime could not start: port " + taken.getLocalPort() + " on 127.0.0.1 "
                    + "is in use (is the runtime already running?): stop what uses it, or start with --port <another "
                    + "port>"), runtime.errors());
            assertEquals(List.of("Starting the local runtime from " + template + ", state in " + data),
                    runtime.lines(), "nothing started");
        }
    }

    @Test
    void aCorruptDataDirectoryIsRefusedWithResetAsTheWayOutAndResetStartsAfresh() throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve(DataFormat.FILE_NAME), DataFormat.CURRENT + "\n");
        Files.writeString(data.resolve(DataFormat.STORE_FILE_NAME), "not a store ".repeat(1000));

        try (ChildRuntime runtime = start()) {
            assertEquals(1, runtime.awaitExit());
            List<String> errors = runtime.errors();
            assertEquals(1, errors.size(), runtime.output());
            assertTrue(errors.get(0).startsWith("The local runtime could not start: the data directory " + data
                    + " cannot be read, it may be corrupt ("), errors.get(0));
            assertTrue(errors.get(0).endsWith("): start with --reset to delete it and start afresh, or with another "
                    + "--data-dir"), errors.get(0));
        }
        try (ChildRuntime runtime = start("--reset")) {
            runtime.awaitReady();
            assertEquals("Reset: deleted the data directory " + data + "; starting afresh", runtime.lines().get(0));
        }
    }

    private ChildRuntime start(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("--template", template.toString(), "--data-dir",
                data.toString(), "--port", "0"));
        args.addAll(List.of(more));
        return ChildRuntime.start(args.toArray(String[]::new));
    }

    private static DynamoDbClient dynamoDb(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.builder().build()).build();
    }

    /** Linux tells a process's ignored signals as a hexadecimal mask in /proc/self/status; SIGINT is bit 2. */
    private static boolean sigintIgnoredHere() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
                .map(line -> Long.parseLong(line.substring("SigIgn:".length()).strip(), 16))
                .anyMatch(mask -> (mask & (1L << 1)) != 0);
    }
}
