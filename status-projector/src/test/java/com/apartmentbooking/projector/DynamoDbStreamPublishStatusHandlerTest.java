package com.apartmentbooking.projector;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.amazonaws.services.lambda.runtime.tests.annotations.Events;
import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.BookingStatus;
import org.junit.jupiter.params.ParameterizedTest;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real handler, fed stream batches shaped like the records DynamoDB Streams hands to Lambda. */
class DynamoDbStreamPublishStatusHandlerTest {
    private final RecordingStatusPublisher publisher = new RecordingStatusPublisher();

    private StreamsEventResponse handle(DynamodbEvent event) {
        return new DynamoDbStreamPublishStatusHandler("Apartments", "Bookings", publisher).handleRequest(event, null);
    }

    @ParameterizedTest
    @Event(value = "events/apartment-inserted.json", type = DynamodbEvent.class)
    void insertPublishesTheNewStatus(DynamodbEvent event) {
        StreamsEventResponse response = handle(event);

        assertEquals(List.of(apartment("apt-101", ApartmentStatus.VACANT, null, "2025-03-01T08:59:00Z")),
                publisher.published());
        assertNoFailures(response);
    }

    @ParameterizedTest
    @Event(value = "events/apartment-reserved.json", type = DynamodbEvent.class)
    void modifyWithStatusChangePublishesTheNewValues(DynamodbEvent event) {
        StreamsEventResponse response = handle(event);

        assertEquals(List.of(apartment("apt-101", ApartmentStatus.RESERVED, "bk-7f3a9c", "2025-03-01T09:00:01Z")),
                publisher.published());
        assertNoFailures(response);
    }

    @ParameterizedTest
    @Event(value = "events/apartment-hold-unchanged-status.json", type = DynamodbEvent.class)
    void modifyWithoutStatusChangePublishesNothing(DynamodbEvent event) {
        StreamsEventResponse response = handle(event);

        assertEquals(0, publisher.calls());
        assertNoFailures(response);
    }

    @ParameterizedTest
    @Event(value = "events/booking-removed.json", type = DynamodbEvent.class)
    void removePublishesNothing(DynamodbEvent event) {
        StreamsEventResponse response = handle(event);

        assertEquals(0, publisher.calls());
        assertNoFailures(response);
    }

    @ParameterizedTest
    @Events(type = DynamodbEvent.class, events = {
            @Event(value = "events/payment-inserted.json", type = DynamodbEvent.class),
            @Event(value = "events/archive-apartment-inserted.json", type = DynamodbEvent.class)})
    void recordsOfOtherTablesPublishNothing(DynamodbEvent event) {
        StreamsEventResponse response = handle(event);

        assertEquals(0, publisher.calls());
        assertNoFailures(response);
    }

    @ParameterizedTest
    @Event(value = "events/booking-lifecycle.json", type = DynamodbEvent.class)
    void changesOfOneKeyArePublishedInRecordOrder(DynamodbEvent event) {
        StreamsEventResponse response = handle(event);

        assertEquals(List.of(
                // REQUESTED items carry no updatedAt: the time DynamoDB recorded the write stands in.
                booking("bk-7f3a9c", "apt-101", BookingStatus.REQUESTED, "2025-03-01T09:00:00Z"),
                booking("bk-c21e04", "apt-205", BookingStatus.REQUESTED, "2025-03-01T09:00:00Z"),
                booking("bk-7f3a9c", "apt-101", BookingStatus.RESERVED, "2025-03-01T09:00:01Z"),
                booking("bk-c21e04", "apt-205", BookingStatus.REJECTED, "2025-03-01T09:00:01Z"),
                booking("bk-7f3a9c", "apt-101", BookingStatus.PAID, "2025-03-01T09:03:12Z"),
                booking("bk-7f3a9c", "apt-101", BookingStatus.CONFIRMED, "2025-03-01T09:15:02Z")),
                publisher.published());
        assertNoFailures(response);
    }

    @ParameterizedTest
    @Event(value = "events/apartments-batch.json", type = DynamodbEvent.class)
    void allPublishedGivesAnEmptyFailureList(DynamodbEvent event) {
        StreamsEventResponse response = handle(event);

        assertEquals(List.of(
                apartment("apt-205", ApartmentStatus.RESERVED, "bk-c21e04", "2025-03-01T09:00:01Z"),
                apartment("apt-318", ApartmentStatus.RESERVED, "bk-5d11e8", "2025-03-01T09:06:00Z"),
                apartment("apt-205", ApartmentStatus.PAID, "bk-c21e04", "2025-03-01T09:07:30Z"),
                apartment("apt-318", ApartmentStatus.VACANT, null, "2025-03-01T09:21:01Z")),
                publisher.published());
        assertNoFailures(response);
    }

    @ParameterizedTest
    @Event(value = "events/apartments-batch.json", type = DynamodbEvent.class)
    void failureInTheMiddleReportsTheFailedRecordAndEveryLaterOne(DynamodbEvent event) {
        publisher.failOnCall(2); // the third record: the second one changes no status

        StreamsEventResponse response = handle(event);

        assertEquals(sequenceNumbers(event, 2, 5), failedIdentifiers(response));
        assertEquals(List.of(apartment("apt-205", ApartmentStatus.RESERVED, "bk-c21e04", "2025-03-01T09:00:01Z")),
                publisher.published());
        assertEquals(2, publisher.calls(), "nothing is attempted after the failure");
    }

    @ParameterizedTest
    @Event(value = "events/apartments-batch.json", type = DynamodbEvent.class)
    void failureOnTheFirstRecordReportsTheWholeBatch(DynamodbEvent event) {
        publisher.failOnCall(1);

        StreamsEventResponse response = handle(event);

        assertEquals(sequenceNumbers(event, 0, 5), failedIdentifiers(response));
        assertEquals(List.of(), publisher.published());
    }

    @ParameterizedTest
    @Event(value = "events/unknown-status.json", type = DynamodbEvent.class)
    void unpublishableStatusIsReportedWithEveryLaterRecordInsteadOfSkipped(DynamodbEvent event) {
        StreamsEventResponse response = handle(event);

        assertEquals(sequenceNumbers(event, 1, 3), failedIdentifiers(response));
        assertEquals(List.of(apartment("apt-101", ApartmentStatus.RESERVED, "bk-7f3a9c", "2025-03-01T09:00:01Z")),
                publisher.published());
    }

    private static ApartmentStatusChanged apartment(String id, ApartmentStatus status, String bookingId, String at) {
        return new ApartmentStatusChanged(id, status, bookingId, at);
    }

    private static BookingStatusChanged booking(String id, String apartmentId, BookingStatus status, String at) {
        return new BookingStatusChanged(id, apartmentId, status, at);
    }

    private static void assertNoFailures(StreamsEventResponse response) {
        assertNotNull(response.getBatchItemFailures());
        assertTrue(response.getBatchItemFailures().isEmpty());
    }

    private static List<String> failedIdentifiers(StreamsEventResponse response) {
        return response.getBatchItemFailures().stream().map(BatchItemFailure::getItemIdentifier)
                .collect(Collectors.toList());
    }

    private static List<String> sequenceNumbers(DynamodbEvent event, int from, int to) {
        return event.getRecords().subList(from, to).stream().map(r -> r.getDynamodb().getSequenceNumber())
                .collect(Collectors.toList());
    }
}
