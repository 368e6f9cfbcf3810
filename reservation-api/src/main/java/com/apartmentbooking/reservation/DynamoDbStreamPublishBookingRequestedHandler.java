package com.apartmentbooking.reservation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.apartmentbooking.model.events.EventBatchPublisher;
import com.apartmentbooking.reservation.aws.AwsWiring;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.lambda.powertools.tracing.Tracing;

/**
 * Bookings stream -> BookingRequested on the bus (the outbox relay), with partial batch failures. Records other
 * than a new REQUESTED booking are filtered here: they succeed without publishing anything.
 */
public final class DynamoDbStreamPublishBookingRequestedHandler
        implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private final BookingRequestedRelay relay;

    /** Lambda's constructor: settings from the environment, the EventBridge client built once at init. */
    public DynamoDbStreamPublishBookingRequestedHandler() {
        this(AwsWiring.eventPublisher(RelaySettings.fromEnvironment(System.getenv())));
    }

    public DynamoDbStreamPublishBookingRequestedHandler(EventBatchPublisher publisher) {
        this.relay = new BookingRequestedRelay(publisher);
    }

    @Tracing
    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<DynamodbEvent.DynamodbStreamRecord> records = event.getRecords() == null ? List.of() : event.getRecords();
        List<BatchItemFailure> failures = relay.relay(records).stream()
                .map(BatchItemFailure::new)
                .collect(Collectors.toList());
        return new StreamsEventResponse(failures);
    }
}
