package com.apartmentbooking.reservation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.apartmentbooking.model.events.BookingRequested;
import com.apartmentbooking.model.events.DomainEvent;
import com.apartmentbooking.model.events.EventContract;
import com.apartmentbooking.model.events.EventPublishException;
import com.apartmentbooking.reservation.fakes.RecordingBatchPublisher;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The outbox relay's real handler, fed Bookings stream batches shaped like those DynamoDB Streams hands to Lambda. */
class DynamoDbStreamPublishBookingRequestedHandlerTest {
    private final RecordingBatchPublisher bus = new RecordingBatchPublisher();

    private List<String> failedSequenceNumbers(DynamodbEvent event) {
        StreamsEventResponse response = new DynamoDbStreamPublishBookingRequestedHandler(bus).handleRequest(event, null);
        return response.getBatchItemFailures().stream().map(BatchItemFailure::getItemIdentifier).toList();
    }

    @ParameterizedTest
    @Event(value = "events/stream/new-requested-booking.json", type = DynamodbEvent.class)
    void aNewRequestedBookingPublishesTheBookingRequestedTheWorkflowTakes(DynamodbEvent event) {
        List<String> failed = failedSequenceNumbers(event);

        assertEquals(List.of(), failed);
        List<DomainEvent> published = bus.published();
        assertEquals(List.of(new BookingRequested("bk-7f3a9c", "apt-205", "customer-7", "2025-03-01T10:15:30Z", 600)),
                published);
        assertEquals(EventContract.SOURCE_RESERVATION, published.get(0).source());
        assertEquals(EventContract.BOOKING_REQUESTED, published.get(0).detailType());
        assertEquals("{\"bookingId\":\"bk-7f3a9c\",\"apartmentId\":\"apt-205\",\"customerId\":\"customer-7\","
                + "\"requestedAt\":\"2025-03-01T10:15:30Z\",\"paymentWindowSeconds\":600}", published.get(0).detailJson());
    }

    @ParameterizedTest
    @Event(value = "events/stream/mixed-records.json", type = DynamodbEvent.class)
    void onlyNewRequestedBookingsArePublishedInRecordOrderAndInOneCall(DynamodbEvent event) {
        List<String> failed = failedSequenceNumbers(event);

        assertEquals(List.of(), failed);
        assertEquals(List.of(List.of(
                new BookingRequested("bk-1", "apt-1", "customer-7", "2025-03-01T10:15:30Z", 900),
                new BookingRequested("bk-2", "apt-2", "customer-7", "2025-03-01T10:15:30Z", 86_400))), bus.calls());
    }

    @ParameterizedTest
    @Event(value = "events/stream/twelve-requested-bookings.json", type = DynamodbEvent.class)
    void twelveRequestsArePublishedInCallsOfAtMostTenInOrder(DynamodbEvent event) {
        List<String> failed = failedSequenceNumbers(event);

        assertEquals(List.of(), failed);
        assertEquals(List.of(10, 2), bus.calls().stream().map(List::size).toList());
        assertEquals(bookingIds(event.getRecords()), bus.published().stream()
                .map(published -> ((BookingRequested) published).bookingId()).toList());
    }

    @ParameterizedTest
    @Event(value = "events/stream/twelve-requested-bookings.json", type = DynamodbEvent.class)
    void aRefusedEntryFailsItsRecordAndEveryLaterOneAndStopsPublishing(DynamodbEvent event) {
        bus.refuse(1, 3);

        List<String> failed = failedSequenceNumbers(event);

        assertEquals(sequenceNumbers(event.getRecords().subList(3, 12)), failed);
        assertEquals(1, bus.calls().size());
        assertEquals(3, bus.published().size());
    }

    @ParameterizedTest
    @Event(value = "events/stream/twelve-requested-bookings.json", type = DynamodbEvent.class)
    void aFailedCallFailsFromItsFirstRecordWhileEarlierCallsStayPublished(DynamodbEvent event) {
        bus.fail(2, new EventPublishException("publishing 2 events failed"));

        List<String> failed = failedSequenceNumbers(event);

        assertEquals(sequenceNumbers(event.getRecords().subList(10, 12)), failed);
        assertEquals(10, bus.published().size());
    }

    @ParameterizedTest
    @Event(value = "events/stream/mixed-records.json", type = DynamodbEvent.class)
    void failuresStartAtTheFirstUnpublishedRecordAndKeepTheIgnoredOnesAfterIt(DynamodbEvent event) {
        bus.fail(1, new EventPublishException("publishing 2 events failed"));

        List<String> failed = failedSequenceNumbers(event);

        assertEquals(sequenceNumbers(event.getRecords().subList(1, 5)), failed);
        assertEquals(List.of(), bus.published());
    }

    @ParameterizedTest
    @Event(value = "events/stream/malformed-requested-booking.json", type = DynamodbEvent.class)
    void aMalformedRequestedBookingFailsFromItselfAfterTheEarlierOnesArePublished(DynamodbEvent event) {
        List<String> failed = failedSequenceNumbers(event);

        assertEquals(sequenceNumbers(event.getRecords().subList(1, 3)), failed);
        assertEquals(List.of("bk-1"), bus.published().stream()
                .map(published -> ((BookingRequested) published).bookingId()).toList());
    }

    @Test
    void aBatchWithoutRecordsPublishesNothing() {
        assertEquals(List.of(), failedSequenceNumbers(new DynamodbEvent()));
        assertEquals(List.of(), bus.calls());
    }

    private static List<String> sequenceNumbers(List<DynamodbEvent.DynamodbStreamRecord> records) {
        return records.stream().map(record -> record.getDynamodb().getSequenceNumber()).toList();
    }

    private static List<String> bookingIds(List<DynamodbEvent.DynamodbStreamRecord> records) {
        return records.stream().map(record -> record.getDynamodb().getKeys().get("id").getS()).toList();
    }
}
