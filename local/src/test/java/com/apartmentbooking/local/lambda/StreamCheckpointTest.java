package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.lambda.fixtures.StreamHandler;
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


    @Test
    void aRestartedMappingDoesNotDeliverProcessedRecordsAgain() throws Exception {
        String streamArn;
        try (LambdaRuntime first = new LambdaRuntime(data, 1)) {
            streamArn = StreamFixture.createTable(first.dynamoDbClient, "Bookings");
            first.createFunction("projector", StreamHandler.class, 10, Map.of("RECORD_DIR", records.toString()));
            first.lambdaClient.createEventSourceMapping(b -> b.functionName("projector").eventSourceArn(streamArn)
                    .startingPosition("TRIM_HORIZON"));
            StreamFixture.put(first.dynamoDbClient, "Bookings", "b1");
            StreamFixture.put(first.dynamoDbClient, "Bookings", "b2");
            StreamFixture.awaitReceived(records, lines -> lines.size() >= 2);
        }

        try (LambdaRuntime second = new LambdaRuntime(data, 1)) {
            StreamFixture.put(second.dynamoDbClient, "Bookings", "b3");
            List<String> lines = StreamFixture.awaitReceived(records, all -> all.size() >= 3);

            assertEquals(List.of("INSERT b1 true", "INSERT b2 true", "INSERT b3 true"), lines);
        }
    }
}
