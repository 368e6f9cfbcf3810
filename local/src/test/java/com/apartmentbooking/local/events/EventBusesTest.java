package com.apartmentbooking.local.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.model.DescribeEventBusResponse;
import software.amazon.awssdk.services.eventbridge.model.EventBus;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.ListEventBusesResponse;
import software.amazon.awssdk.services.eventbridge.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;

/** CreateEventBus, DescribeEventBus, ListEventBuses and DeleteEventBus over the wire. */
class EventBusesTest {

    private static final String ARN_PREFIX = "arn:aws:events:us-east-1:000000000000:event-bus/";

    private final EventsRuntime runtime = EventsRuntime.inMemory(null);

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void theDefaultBusAlwaysExists() {
        DescribeEventBusResponse unnamed = runtime.eventBridge().describeEventBus(r -> { });
        assertEquals("default", unnamed.name());
        assertEquals(ARN_PREFIX + "default", unnamed.arn());
        assertEquals("default", runtime.eventBridge().describeEventBus(r -> r.name("default")).name());
        assertEquals(List.of("default"), names(runtime.eventBridge().listEventBuses(r -> { })));

        EventBridgeException delete = assertThrows(EventBridgeException.class,
                () -> runtime.eventBridge().deleteEventBus(r -> r.name("default")));
        assertEquals("ValidationException", delete.awsErrorDetails().errorCode());
        ResourceAlreadyExistsException create = assertThrows(ResourceAlreadyExistsException.class,
                () -> runtime.eventBridge().createEventBus(r -> r.name("default")));
        assertEquals("Event bus default already exists.", create.awsErrorDetails().errorMessage());
    }

    @Test
    void aCreatedBusIsDescribedListedAndDeleted() {
        String arn = runtime.eventBridge().createEventBus(r -> r.name("booking").description("Bookings")).eventBusArn();
        assertEquals(ARN_PREFIX + "booking", arn);

        DescribeEventBusResponse byName = runtime.eventBridge().describeEventBus(r -> r.name("booking"));
        assertEquals(arn, byName.arn());
        assertEquals("Bookings", byName.description());
        assertNotNull(byName.creationTime());
        assertEquals("booking", runtime.eventBridge().describeEventBus(r -> r.name(arn)).name());

        assertEquals(List.of("booking", "default"), names(runtime.eventBridge().listEventBuses(r -> { })));
        assertEquals(List.of("booking"), names(runtime.eventBridge().listEventBuses(r -> r.namePrefix("boo"))));

        ResourceAlreadyExistsException again = assertThrows(ResourceAlreadyExistsException.class,
                () -> runtime.eventBridge().createEventBus(r -> r.name("booking")));
        assertEquals("Event bus booking already exists.", again.awsErrorDetails().errorMessage());

        runtime.eventBridge().deleteEventBus(r -> r.name("booking"));
        ResourceNotFoundException gone = assertThrows(ResourceNotFoundException.class,
                () -> runtime.eventBridge().describeEventBus(r -> r.name("booking")));
        assertEquals("Event bus booking does not exist.", gone.awsErrorDetails().errorMessage());
        runtime.eventBridge().deleteEventBus(r -> r.name("booking"));
    }

    @Test
    void aBusWithRulesIsNotDeleted() {
        runtime.eventBridge().createEventBus(r -> r.name("booking"));
        runtime.eventBridge().putRule(r -> r.name("requested").eventBusName("booking").eventPattern("{\"source\":[\"a\"]}"));
        EventBridgeException error = assertThrows(EventBridgeException.class,
                () -> runtime.eventBridge().deleteEventBus(r -> r.name("booking")));
        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals("EventBus can't be deleted since it has rules.", error.awsErrorDetails().errorMessage());
        runtime.eventBridge().deleteRule(r -> r.name("requested").eventBusName("booking"));
        runtime.eventBridge().deleteEventBus(r -> r.name("booking"));
        assertEquals(List.of("default"), names(runtime.eventBridge().listEventBuses(r -> { })));
    }

    @Test
    void busesArePaged() {
        for (String name : List.of("a", "b", "c", "d")) {
            runtime.eventBridge().createEventBus(r -> r.name(name));
        }
        ListEventBusesResponse first = runtime.eventBridge().listEventBuses(r -> r.limit(2));
        assertEquals(List.of("a", "b"), names(first));
        ListEventBusesResponse second = runtime.eventBridge().listEventBuses(r -> r.limit(2).nextToken(first.nextToken()));
        assertEquals(List.of("c", "d"), names(second));
        ListEventBusesResponse last = runtime.eventBridge().listEventBuses(r -> r.limit(2).nextToken(second.nextToken()));
        assertEquals(List.of("default"), names(last));
        assertNull(last.nextToken());
    }

    @Test
    void badNamesAreRefused() {
        EventBridgeException error = assertThrows(EventBridgeException.class,
                () -> runtime.eventBridge().createEventBus(r -> r.name("bad name")));
        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals(List.of("default"), names(runtime.eventBridge().listEventBuses(r -> { })));
    }

    private static List<String> names(ListEventBusesResponse response) {
        return response.eventBuses().stream().map(EventBus::name).toList();
    }
}
