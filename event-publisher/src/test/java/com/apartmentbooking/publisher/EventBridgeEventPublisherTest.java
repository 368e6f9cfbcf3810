package com.apartmentbooking.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.model.events.BookingRequested;
import com.apartmentbooking.model.events.EventPublishException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** The adapter against an EventBridge client double: the entry it puts and how it reads the answer. */
class EventBridgeEventPublisherTest {
    private static final BookingRequested EVENT =
            new BookingRequested("bk-1", "apt-1", "cust-1", "2025-03-01T10:15:30Z", 900);

    private final List<PutEventsRequest> requests = new ArrayList<>();

    @Test
    void putsTheEventOnTheBus() {
        publisher(request -> PutEventsResponse.builder().failedEntryCount(0)
                .entries(PutEventsResultEntry.builder().eventId("e-1").build()).build()).publish(EVENT);

        PutEventsRequestEntry entry = requests.get(0).entries().get(0);
        assertEquals("booking", entry.eventBusName());
        assertEquals("booking.reservation", entry.source());
        assertEquals("BookingRequested", entry.detailType());
        assertEquals(EVENT.detailJson(), entry.detail());
    }

    @Test
    void aRefusedEntryIsAFailedPublish() {
        EventPublishException failure = assertThrows(EventPublishException.class, () -> publisher(request ->
                PutEventsResponse.builder().failedEntryCount(1).entries(PutEventsResultEntry.builder()
                        .errorCode("InternalFailure").errorMessage("try again").build()).build()).publish(EVENT));

        assertEquals("BookingRequested was refused: InternalFailure: try again", failure.getMessage());
    }

    @Test
    void aFailedCallIsAFailedPublish() {
        SdkClientException timeout = SdkClientException.create("Unable to execute HTTP request: connect timed out");

        EventPublishException failure = assertThrows(EventPublishException.class, () -> publisher(request -> {
            throw timeout;
        }).publish(EVENT));

        assertSame(timeout, failure.getCause());
    }

    @Test
    void putsABatchOnTheBusInOneCallInOrder() {
        List<BookingRequested> batch = List.of(EVENT, new BookingRequested("bk-2", "apt-2", "cust-2",
                "2025-03-01T10:15:31Z", 600));

        int taken = publisher(request -> PutEventsResponse.builder().failedEntryCount(0).entries(
                PutEventsResultEntry.builder().eventId("e-1").build(),
                PutEventsResultEntry.builder().eventId("e-2").build()).build()).publishBatch(batch);

        assertEquals(2, taken);
        assertEquals(1, requests.size());
        assertEquals(List.of(EVENT.detailJson(), batch.get(1).detailJson()),
                requests.get(0).entries().stream().map(PutEventsRequestEntry::detail).toList());
        assertEquals("booking", requests.get(0).entries().get(1).eventBusName());
    }

    @Test
    void aBatchIsTakenUpToItsFirstRefusedEntry() {
        List<BookingRequested> batch = List.of(EVENT, EVENT, EVENT);

        int taken = publisher(request -> PutEventsResponse.builder().failedEntryCount(1).entries(
                PutEventsResultEntry.builder().eventId("e-1").build(),
                PutEventsResultEntry.builder().errorCode("ThrottlingException").errorMessage("slow down").build(),
                PutEventsResultEntry.builder().eventId("e-3").build()).build()).publishBatch(batch);

        assertEquals(1, taken);
    }

    @Test
    void aBatchWhoseCallFailedIsAFailedPublish() {
        SdkClientException timeout = SdkClientException.create("Unable to execute HTTP request: connect timed out");

        EventPublishException failure = assertThrows(EventPublishException.class, () -> publisher(request -> {
            throw timeout;
        }).publishBatch(List.of(EVENT, EVENT)));

        assertEquals("publishing 2 events failed", failure.getMessage());
        assertSame(timeout, failure.getCause());
    }

    @Test
    void aBatchOverPutEventsLimitIsRefusedBeforeAnyCall() {
        List<BookingRequested> eleven = java.util.Collections.nCopies(11, EVENT);

        assertThrows(IllegalArgumentException.class, () -> publisher(request -> {
            throw new AssertionError("no call expected");
        }).publishBatch(eleven));
        assertEquals(0, requests.size());
    }

    private EventBridgeEventPublisher publisher(Function<PutEventsRequest, PutEventsResponse> answer) {
        return new EventBridgeEventPublisher(new EventBridgeClient() {
            @Override
            public PutEventsResponse putEvents(PutEventsRequest request) {
                requests.add(request);
                return answer.apply(request);
            }

            @Override
            public String serviceName() {
                return SERVICE_NAME;
            }

            @Override
            public void close() {
            }
        }, "booking");
    }
}
