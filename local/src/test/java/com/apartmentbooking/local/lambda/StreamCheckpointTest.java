package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.lambda.fixtures.StreamHandler;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.template.FunctionSpec;
import com.apartmentbooking.local.template.StreamEventSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stream mapping resumes after the last record it processed when the runtime restarts on the same data. */
class StreamCheckpointTest {

    @TempDir
    Path data;
    @TempDir
    Path records;

    private FunctionSpec projector(String streamArn) {
        StreamEventSource source = new StreamEventSource("BookingsStream", "ProjectorBookingsStream", streamArn,
                "TRIM_HORIZON", null, null, List.of(), null, null, null, null, true);
        return LambdaRuntime.function("projector", StreamHandler.class, 10,
                Map.of("RECORD_DIR", records.toString()), List.of(source), null, null);
    }

    @Test
    void aRestartedMappingDoesNotDeliverProcessedRecordsAgain() throws Exception {
        String streamArn;
        try (LambdaRuntime first = new LambdaRuntime(Store.open(data), 1)) {
            streamArn = StreamFixture.createTable(first.dynamoDbClient, "Bookings");
            first.lambda.deploy(projector(streamArn));
            StreamFixture.put(first.dynamoDbClient, "Bookings", "b1");
            StreamFixture.put(first.dynamoDbClient, "Bookings", "b2");
            StreamFixture.awaitReceived(records, lines -> lines.size() >= 2);
        }

        try (LambdaRuntime second = new LambdaRuntime(Store.open(data), 1)) {
            second.lambda.deploy(projector(streamArn));
            StreamFixture.put(second.dynamoDbClient, "Bookings", "b3");
            List<String> lines = StreamFixture.awaitReceived(records, all -> all.size() >= 3);

            assertEquals(List.of("INSERT b1 true", "INSERT b2 true", "INSERT b3 true"), lines);
        }
    }
}
