package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.lambda.fixtures.EchoHandler;
import com.apartmentbooking.local.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionConfigurationResponse;

/** Creating and updating functions through Lambda's API with the real SDK client, as a deployment tool does. */
class CreateFunctionTest {

    private static LambdaRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = new LambdaRuntime(Store.inMemory(), 1);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static String sha256(SdkBytes bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes.asByteArray()));
    }

    @Test
    void aCreatedFunctionIsDescribedAndAnswersInvocations() throws Exception {
        CreateFunctionResponse created = runtime.createFunction("created", EchoHandler.class, 7,
                Map.of("STAGE", "local"));

        assertEquals(201, created.sdkHttpResponse().statusCode());
        assertEquals("created", created.functionName());
        assertEquals(LambdaRuntime.arn("created"), created.functionArn());
        assertEquals("java21", created.runtimeAsString());
        assertEquals(EchoHandler.class.getName() + "::handleRequest", created.handler());
        assertEquals("arn:aws:iam::" + LambdaRuntime.ACCOUNT + ":role/createdFunctionRole", created.role());
        assertEquals(7, created.timeout());
        assertEquals(256, created.memorySize());
        assertEquals(Map.of("STAGE", "local"), created.environment().variables());
        assertEquals(sha256(LambdaRuntime.fixturesZip()), created.codeSha256());
        assertEquals(LambdaRuntime.fixturesZip().asByteArray().length, created.codeSize());
        assertEquals("$LATEST", created.version());
        assertEquals("Active", created.stateAsString());
        FunctionConfiguration described = runtime.lambdaClient.getFunction(b -> b.functionName("created"))
                .configuration();
        assertEquals(created.codeSha256(), described.codeSha256());
        assertEquals(created.lastModified(), described.lastModified());

        var answer = LambdaRuntime.json(runtime.invoke("created", "{\"n\":1}"));
        assertEquals(1, answer.path("input").path("n").asInt());
        assertEquals("created", answer.path("functionName").asText());
    }

    /** The product functions' jars are about 20 MB: their base64 in a CreateFunction body is longer than that. */
    @Test
    void aPackageAsLargeAsTheProductJarsIsTakenAndRuns() throws Exception {
        SdkBytes large = SdkBytes.fromByteArray(withIncompressibleEntry(LambdaRuntime.fixturesZip(), 16 * 1024 * 1024));

        CreateFunctionResponse created = runtime.lambdaClient.createFunction(
                LambdaRuntime.request("large", EchoHandler.class.getName() + "::handleRequest", 10, Map.of())
                        .code(c -> c.zipFile(large)).build());

        assertEquals(large.asByteArray().length, created.codeSize());
        assertEquals(sha256(large), created.codeSha256());
        assertEquals(1, LambdaRuntime.json(runtime.invoke("large", "{\"n\":1}")).path("input").path("n").asInt());
    }

    private static byte[] withIncompressibleEntry(SdkBytes zip, int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(zip.asInputStream());
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            byte[] noise = new byte[size];
            new Random(7).nextBytes(noise);
            out.putNextEntry(new ZipEntry("noise.bin"));
            out.write(noise);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aSecondFunctionOfTheSameNameIsAConflict() {
        runtime.createFunction("twice", EchoHandler.class, 10);

        ResourceConflictException conflict = assertThrows(ResourceConflictException.class,
                () -> runtime.createFunction("twice", EchoHandler.class, 20));

        assertEquals(409, conflict.statusCode());
        assertEquals("Function already exist: twice", conflict.awsErrorDetails().errorMessage());
        assertEquals(10, runtime.lambdaClient.getFunctionConfiguration(b -> b.functionName("twice")).timeout());
    }

    @Test
    void invalidValuesAreRefusedAndCreateNothing() {
        InvalidParameterValueException notAZip = assertThrows(InvalidParameterValueException.class,
                () -> runtime.lambdaClient.createFunction(LambdaRuntime.request("bad", "a.B::handle", 10, Map.of())
                        .code(c -> c.zipFile(SdkBytes.fromUtf8String("not a zip"))).build()));
        assertEquals("Could not unzip uploaded file. Please check your file, then try to upload again.",
                notAZip.awsErrorDetails().errorMessage());
        assertThrows(InvalidParameterValueException.class,
                () -> runtime.lambdaClient.createFunction(LambdaRuntime.request("bad", "a.B::handle", 10, Map.of())
                        .runtime("python3.12").build()));
        assertThrows(InvalidParameterValueException.class,
                () -> runtime.lambdaClient.createFunction(LambdaRuntime.request("bad", "a.B::handle", 10, Map.of())
                        .code(c -> { }).build()));
        assertThrows(InvalidParameterValueException.class,
                () -> runtime.lambdaClient.createFunction(LambdaRuntime.request("bad", "a.B::handle", 10, Map.of())
                        .handler(null).build()));
        LambdaException memory = assertThrows(LambdaException.class,
                () -> runtime.lambdaClient.createFunction(LambdaRuntime.request("bad", "a.B::handle", 10, Map.of())
                        .memorySize(64).build()));
        assertEquals("ValidationException", memory.awsErrorDetails().errorCode());
        LambdaException role = assertThrows(LambdaException.class,
                () -> runtime.lambdaClient.createFunction(LambdaRuntime.request("bad", "a.B::handle", 10, Map.of())
                        .role("admin").build()));
        assertEquals("ValidationException", role.awsErrorDetails().errorCode());

        assertThrows(ResourceNotFoundException.class, () -> runtime.lambdaClient.getFunction(b -> b.functionName("bad")));
    }

    @Test
    void anUpdatedConfigurationRunsInANewInstance() throws Exception {
        runtime.createFunction("updated", EchoHandler.class, 10);
        long before = LambdaRuntime.json(runtime.invoke("updated", "{}")).path("pid").asLong();

        UpdateFunctionConfigurationResponse updated = runtime.lambdaClient.updateFunctionConfiguration(b -> b.functionName("updated")
                .timeout(5).environment(e -> e.variables(Map.of("MODE", "new"))));

        assertEquals(5, updated.timeout());
        assertEquals(Map.of("MODE", "new"), updated.environment().variables());
        assertEquals(256, updated.memorySize(), "what the update leaves out stays");
        var answer = LambdaRuntime.json(runtime.invoke("updated", "{}"));
        assertNotEquals(before, answer.path("pid").asLong());
        assertTrue(answer.path("remainingMillis").asLong() <= 5_000);
    }

    @Test
    void anEventSourceMappingIsCreatedOncePerFunctionAndStreamAndUpdatedByItsUuid() {
        String streamArn = StreamFixture.createTable(runtime.dynamoDbClient, "Mapped");
        runtime.createFunction("mapped", EchoHandler.class, 10);

        CreateEventSourceMappingResponse created = runtime.lambdaClient.createEventSourceMapping(b -> b
                .functionName("mapped").eventSourceArn(streamArn).startingPosition("LATEST").batchSize(5));

        assertEquals(202, created.sdkHttpResponse().statusCode());
        assertEquals(LambdaRuntime.arn("mapped"), created.functionArn());
        assertEquals(5, created.batchSize());
        assertEquals(-1, created.maximumRetryAttempts());
        ResourceConflictException conflict = assertThrows(ResourceConflictException.class,
                () -> runtime.lambdaClient.createEventSourceMapping(b -> b.functionName("mapped")
                        .eventSourceArn(streamArn).startingPosition("LATEST")));
        assertTrue(conflict.awsErrorDetails().errorMessage().endsWith(created.uuid()));
        runtime.lambdaClient.updateEventSourceMapping(b -> b.uuid(created.uuid()).batchSize(50).enabled(false));
        var listed = runtime.lambdaClient.listEventSourceMappings(b -> b.functionName("mapped")).eventSourceMappings();
        assertEquals(List.of(created.uuid()), listed.stream().map(mapping -> mapping.uuid()).toList());
        assertEquals(50, listed.get(0).batchSize());
        assertEquals("Disabled", listed.get(0).state());
        assertThrows(InvalidParameterValueException.class, () -> runtime.lambdaClient.createEventSourceMapping(b -> b
                .functionName("mapped").eventSourceArn("arn:aws:sqs:us-east-1:123456789012:queue")));
    }

    @Test
    void aFunctionUrlConfigIsCreatedOnce() {
        runtime.createFunction("linked", EchoHandler.class, 10);

        var created = runtime.lambdaClient.createFunctionUrlConfig(b -> b.functionName("linked").authType("NONE"));

        assertEquals(runtime.lambda.functionUrl("linked").toString(), created.functionUrl());
        assertEquals("NONE", created.authTypeAsString());
        assertThrows(ResourceConflictException.class, () -> runtime.lambdaClient.createFunctionUrlConfig(b -> b
                .functionName("linked").authType("AWS_IAM")));
    }

    @Test
    void aFunctionUrlConfigIsReadBackAndAFunctionWithoutOneHasNone() {
        runtime.createFunction("read-url", EchoHandler.class, 10);
        runtime.createFunction("no-url", EchoHandler.class, 10);
        var created = runtime.lambdaClient.createFunctionUrlConfig(b -> b.functionName("read-url").authType("NONE"));

        var read = runtime.lambdaClient.getFunctionUrlConfig(b -> b.functionName("read-url"));

        assertEquals(created.functionUrl(), read.functionUrl());
        assertEquals(created.functionArn(), read.functionArn());
        assertEquals("NONE", read.authTypeAsString());
        assertEquals(created.creationTime(), read.creationTime());
        assertEquals(created.creationTime(), read.lastModifiedTime());
        var missing = assertThrows(ResourceNotFoundException.class,
                () -> runtime.lambdaClient.getFunctionUrlConfig(b -> b.functionName("no-url")));
        assertEquals("The resource you requested does not exist.", missing.awsErrorDetails().errorMessage());
        assertThrows(ResourceNotFoundException.class,
                () -> runtime.lambdaClient.getFunctionUrlConfig(b -> b.functionName("never-created")));
    }

    @Test
    void functionsAndTheirCodeSurviveARestart(@TempDir Path data) throws Exception {
        String sha;
        try (LambdaRuntime first = new LambdaRuntime(data, 1)) {
            sha = first.createFunction("kept", EchoHandler.class, 10).codeSha256();
        }
        try (LambdaRuntime second = new LambdaRuntime(data, 1)) {
            assertEquals(sha, second.lambdaClient.getFunction(b -> b.functionName("kept")).configuration().codeSha256());
            InvokeResponse response = second.invoke("kept", "{}");
            assertNull(response.functionError(), response.payload().asUtf8String());
        }
    }
}
