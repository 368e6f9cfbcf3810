package com.apartmentbooking.projector;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.apartmentbooking.projector.appsync.AppSyncStatusPublisher;
import software.amazon.lambda.powertools.tracing.Tracing;

import java.util.List;
import java.util.stream.Collectors;

/** DynamoDB Streams (Apartments, Bookings) -> AppSync publish mutations, with partial batch failures. */
public class DynamoDbStreamPublishStatusHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private final ProjectionService projection;

    /** Lambda's constructor: settings from the environment, the AppSync client built once at init. */
    public DynamoDbStreamPublishStatusHandler() {
        this(ProjectorSettings.from(System::getenv));
    }

    private DynamoDbStreamPublishStatusHandler(ProjectorSettings settings) {
        this(settings.apartmentsTable(), settings.bookingsTable(),
                AppSyncStatusPublisher.create(settings.graphqlUrl(), settings.region()));
    }

    public DynamoDbStreamPublishStatusHandler(String apartmentsTable, String bookingsTable, StatusPublisher publisher) {
        this.projection = new ProjectionService(new StatusChangeDetector(apartmentsTable, bookingsTable), publisher);
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
