package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.lambda.fixtures.StreamHandler;
import com.apartmentbooking.local.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.DeleteEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.GetEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/**
 * What Lambda's API shows of a stream event source mapping: Get and Delete by UUID, its LastProcessingResult, and
 * a source that does not exist, at creation or after its table was deleted.
 */
class EventSourceMappingStateTest {

    private static final String UNKNOWN_UUID = "14e0db71-5d35-4eb5-b481-8945cf9d10c2";
    @TempDir
    static Path records;
    private static LambdaRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = new LambdaRuntime(Store.inMemory(), 1);
        runtime.createFunction("projector", StreamHandler.class, 10, Map.of("RECORD_DIR", records.toString()));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static CreateEventSourceMappingResponse map(String streamArn) {
        return runtime.lambdaClient.createEventSourceMapping(b -> b.functionName("projector")
                .eventSourceArn(streamArn).startingPosition("TRIM_HORIZON"));
    }

    /** Gets the mapping until {@code done} holds (real time, polling), failing after 15 s with what it last saw. */
    private static GetEventSourceMappingResponse awaitMapping(String uuid,
            Predicate<GetEventSourceMappingResponse> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        GetEventSourceMappingResponse mapping = runtime.lambdaClient.getEventSourceMapping(b -> b.uuid(uuid));
        while (!done.test(mapping)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The mapping stays " + mapping);
            }
            Thread.sleep(50);
            mapping = runtime.lambdaClient.getEventSourceMapping(b -> b.uuid(uuid));
        }
        return mapping;
    }

    @Test
    void aMappingOnAStreamThatDoesNotExistIsRefused() {
        String missing = "arn:aws:dynamodb:us-east-1:123456789012:table/Missing/stream/2026-03-01T10:00:00.000";

        InvalidParameterValueException refused = assertThrows(InvalidParameterValueException.class, () -> map(missing));

        assertEquals("Stream not found: " + missing, refused.awsErrorDetails().errorMessage());
        assertEquals(400, refused.statusCode());
        assertTrue(runtime.lambdaClient.listEventSourceMappings(b -> b.eventSourceArn(missing))
                .eventSourceMappings().isEmpty(), "nothing was created");
    }

    @Test
    void aMappingIsGotByItsUuidAndShowsOkOnceABatchWasProcessed() throws Exception {
        String streamArn = StreamFixture.createTable(runtime.dynamoDbClient, "Processed");
        CreateEventSourceMappingResponse created = map(streamArn);
        assertEquals("No records processed", created.lastProcessingResult());

        StreamFixture.put(runtime.dynamoDbClient, "Processed", "p1");
        GetEventSourceMappingResponse mapping = awaitMapping(created.uuid(),
                got -> !got.lastProcessingResult().equals("No records processed"));

        assertEquals("OK", mapping.lastProcessingResult());
        assertEquals(200, mapping.sdkHttpResponse().statusCode());
        assertEquals(created.uuid(), mapping.uuid());
        assertEquals(streamArn, mapping.eventSourceArn());
        assertEquals(LambdaRuntime.arn("projector"), mapping.functionArn());
        assertEquals("Enabled", mapping.state());
        assertEquals("User action", mapping.stateTransitionReason());
        assertEquals("OK", runtime.lambdaClient.listEventSourceMappings(b -> b.eventSourceArn(streamArn))
                .eventSourceMappings().get(0).lastProcessingResult());
    }

    @Test
    void aMappingWhoseTableIsDeletedShowsTheMissingStreamOnceTheStreamIsGone() throws Exception {
        String streamArn = StreamFixture.createTable(runtime.dynamoDbClient, "Deleted");
        String uuid = map(streamArn).uuid();
        runtime.dynamoDbClient.deleteTable(b -> b.tableName("Deleted"));

        // A deleted table's stream stays readable for 24 hours, as on AWS.
        runtime.advance(Duration.ofHours(24).plusSeconds(1));
        GetEventSourceMappingResponse mapping = awaitMapping(uuid,
                got -> !got.lastProcessingResult().equals("No records processed"));

        assertEquals("PROBLEM: Stream not found: " + streamArn, mapping.lastProcessingResult());
        assertEquals("Enabled", mapping.state(), "Lambda keeps polling a mapping whose source is gone");
        assertEquals("User action", mapping.stateTransitionReason());
    }

    @Test
    void aDeletedMappingIsAnsweredAsDeletingThenIsUnknown() {
        String streamArn = StreamFixture.createTable(runtime.dynamoDbClient, "Unmapped");
        String uuid = map(streamArn).uuid();

        DeleteEventSourceMappingResponse deleted = runtime.lambdaClient.deleteEventSourceMapping(b -> b.uuid(uuid));

        assertEquals(202, deleted.sdkHttpResponse().statusCode());
        assertEquals("Deleting", deleted.state());
        assertEquals(uuid, deleted.uuid());
        assertEquals(streamArn, deleted.eventSourceArn());
        assertTrue(runtime.lambdaClient.listEventSourceMappings(b -> b.eventSourceArn(streamArn))
                .eventSourceMappings().isEmpty());
        ResourceNotFoundException unknown = assertThrows(ResourceNotFoundException.class,
                () -> runtime.lambdaClient.getEventSourceMapping(b -> b.uuid(uuid)));
        assertEquals("The resource you requested does not exist.", unknown.awsErrorDetails().errorMessage());
        assertEquals(404, unknown.statusCode());
        assertNotEquals(uuid, map(streamArn).uuid(), "the function and stream may be mapped again");
    }

    @Test
    void anUnknownUuidIsNotFoundForGetUpdateAndDelete() {
        ResourceNotFoundException get = assertThrows(ResourceNotFoundException.class,
                () -> runtime.lambdaClient.getEventSourceMapping(b -> b.uuid(UNKNOWN_UUID)));
        ResourceNotFoundException update = assertThrows(ResourceNotFoundException.class,
                () -> runtime.lambdaClient.updateEventSourceMapping(b -> b.uuid(UNKNOWN_UUID).batchSize(5)));
        ResourceNotFoundException delete = assertThrows(ResourceNotFoundException.class,
                () -> runtime.lambdaClient.deleteEventSourceMapping(b -> b.uuid(UNKNOWN_UUID)));

        for (ResourceNotFoundException error : new ResourceNotFoundException[] {get, update, delete}) {
            assertEquals("The resource you requested does not exist.", error.awsErrorDetails().errorMessage());
            assertEquals(404, error.statusCode());
        }
    }
}
