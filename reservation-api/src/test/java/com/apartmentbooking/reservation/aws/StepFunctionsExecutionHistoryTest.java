package com.apartmentbooking.reservation.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.reservation.port.HistoryEntry;
import com.apartmentbooking.reservation.port.StoreUnavailableException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/** The adapter against a Step Functions client double: paging, and SDK history events as the port's entries. */
class StepFunctionsExecutionHistoryTest {
    private static final String EXECUTION_ARN =
            "arn:aws:states:eu-west-1:123456789012:execution:booking:booking-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<GetExecutionHistoryRequest> requests = new ArrayList<>();

    @Test
    void mapsEveryEventOfEveryPageOldestFirst() throws Exception {
        HistoryEvent started = HistoryEvent.builder().id(1L).previousEventId(0L)
                .timestamp(Instant.parse("2025-03-01T10:00:00.123Z"))
                .type(HistoryEventType.EXECUTION_STARTED)
                .executionStartedEventDetails(d -> d
                        .input("{\"bookingId\":\"booking-1\"}")
                        .inputDetails(i -> i.truncated(false))
                        .roleArn("arn:aws:iam::123456789012:role/booking"))
                .build();
        HistoryEvent entered = HistoryEvent.builder().id(2L).previousEventId(1L)
                .timestamp(Instant.parse("2025-03-01T10:00:00.200Z"))
                .type(HistoryEventType.TASK_STATE_ENTERED)
                .stateEnteredEventDetails(d -> d.name("ReserveApartment").input("{}"))
                .build();
        HistoryEvent exited = HistoryEvent.builder().id(3L).previousEventId(2L)
                .timestamp(Instant.parse("2025-03-01T10:00:00.300Z"))
                .type(HistoryEventType.TASK_STATE_EXITED)
                .stateExitedEventDetails(d -> d.name("ReserveApartment").output("{\"ok\":true}"))
                .build();
        HistoryEvent withoutDetails = HistoryEvent.builder().id(4L).previousEventId(3L)
                .timestamp(Instant.parse("2025-03-01T10:00:01Z"))
                .type(HistoryEventType.MAP_STATE_SUCCEEDED)
                .build();
        StepFunctionsExecutionHistory history = new StepFunctionsExecutionHistory(client(request ->
                request.nextToken() == null
                        ? GetExecutionHistoryResponse.builder().events(started, entered).nextToken("page-2").build()
                        : GetExecutionHistoryResponse.builder().events(exited, withoutDetails).build()));

        List<HistoryEntry> entries = history.eventsOf(EXECUTION_ARN);

        assertEquals(List.of(1L, 2L, 3L, 4L), entries.stream().map(HistoryEntry::id).toList());
        assertEquals(List.of(EXECUTION_ARN, EXECUTION_ARN),
                requests.stream().map(GetExecutionHistoryRequest::executionArn).toList());
        assertEquals(false, requests.get(0).reverseOrder());
        HistoryEntry first = entries.get(0);
        assertEquals(0L, first.previousEventId());
        assertEquals(Instant.parse("2025-03-01T10:00:00.123Z"), first.timestamp());
        assertEquals("ExecutionStarted", first.type());
        assertNull(first.stateName());
        assertEquals(JSON.readTree("{\"input\":\"{\\\"bookingId\\\":\\\"booking-1\\\"}\","
                        + "\"inputDetails\":{\"truncated\":false},"
                        + "\"roleArn\":\"arn:aws:iam::123456789012:role/booking\"}"),
                JSON.readTree(first.details()));
        assertEquals("TaskStateEntered", entries.get(1).type());
        assertEquals("ReserveApartment", entries.get(1).stateName());
        assertEquals(JSON.readTree("{\"name\":\"ReserveApartment\",\"input\":\"{}\"}"),
                JSON.readTree(entries.get(1).details()));
        assertEquals("TaskStateExited", entries.get(2).type());
        assertEquals("ReserveApartment", entries.get(2).stateName());
        assertEquals("MapStateSucceeded", entries.get(3).type());
        assertNull(entries.get(3).stateName());
        assertNull(entries.get(3).details());
    }

    @Test
    void anExecutionPastItsRetentionHasNoHistory() {
        StepFunctionsExecutionHistory history = new StepFunctionsExecutionHistory(client(request -> {
            throw ExecutionDoesNotExistException.builder().message("Execution Does Not Exist").build();
        }));

        assertEquals(List.of(), history.eventsOf(EXECUTION_ARN));
    }

    @Test
    void aFailedCallIsTheStoreBeingUnavailable() {
        SdkClientException timeout = SdkClientException.create("Unable to execute HTTP request: connect timed out");
        StepFunctionsExecutionHistory history = new StepFunctionsExecutionHistory(client(request -> {
            throw timeout;
        }));

        StoreUnavailableException failure = assertThrows(StoreUnavailableException.class,
                () -> history.eventsOf(EXECUTION_ARN));

        assertEquals(timeout, failure.getCause());
    }

    @Test
    void aClientBuiltOnFirstUseIsBuiltOnceWhenTheFirstHistoryIsRead() {
        List<SfnClient> built = new ArrayList<>();
        StepFunctionsExecutionHistory history = StepFunctionsExecutionHistory.builtOnFirstUse(() -> {
            SfnClient client = client(request -> GetExecutionHistoryResponse.builder().build());
            built.add(client);
            return client;
        });

        assertEquals(0, built.size());
        history.eventsOf(EXECUTION_ARN);
        history.eventsOf(EXECUTION_ARN);

        assertEquals(1, built.size());
        assertEquals(2, requests.size());
    }

    private SfnClient client(Function<GetExecutionHistoryRequest, GetExecutionHistoryResponse> answer) {
        return new SfnClient() {
            @Override
            public GetExecutionHistoryResponse getExecutionHistory(GetExecutionHistoryRequest request) {
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
        };
    }
}
