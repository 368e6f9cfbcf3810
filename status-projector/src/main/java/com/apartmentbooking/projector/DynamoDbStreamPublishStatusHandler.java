package com.apartmentbooking.projector;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.apartmentbooking.projector.aws.AwsWiring;
import com.apartmentbooking.projector.port.StatusPublisher;
import software.amazon.lambda.powertools.tracing.Tracing;

import java.util.List;
import java.util.stream.Collectors;

/** DynamoDB Streams (Apartments, Bookings) -> AppSync publish mutations, with partial batch failures. */
public class DynamoDbStreamPublishStatusHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private final ProjectionService projection;

    /** Lambda's constructor: settings from the environment, the AppSync client built once at init. */
    public DynamoDbStreamPublishStatusHandler() {
        this(AwsWiring.projectionService(ProjectorSettings.fromEnvironment(System.getenv())));
    }

    public DynamoDbStreamPublishStatusHandler(String apartmentsTable, String bookingsTable, StatusPublisher publisher) {
        this(new ProjectionService(new StatusChangeDetector(apartmentsTable, bookingsTable), publisher));
    }

    private DynamoDbStreamPublishStatusHandler(ProjectionService projection) {
        this.projection = projection;
    }

    @Override
    @Tracing
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<DynamodbEvent.DynamodbStreamRecord> records = event.getRecords() == null ? List.of() : event.getRecords();
        List<BatchItemFailure> failures = projection.project(records).stream()
                .map(BatchItemFailure::new)
                .collect(Collectors.toList());
        return new StreamsEventResponse(failures);
    }
}
