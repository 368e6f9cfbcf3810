package com.apartmentbooking.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.model.events.BookingRequested;
import com.apartmentbooking.model.events.EventPublishException;
import com.apartmentbooking.model.events.PublishPolicy;
import com.apartmentbooking.model.events.PublishPolicy.EntryResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishPolicyTest {
    private static final BookingRequested EVENT =
            new BookingRequested("bk-1", "apt-1", "cust-1", "2026-01-01T00:00:00Z", 900);
    private static final EntryResult TAKEN = new EntryResult(null, null);

    @Test
    void anAnswerWithoutFailuresTookTheEvent() {
        assertDoesNotThrow(() -> PublishPolicy.requireTaken(EVENT, 0, List.of(TAKEN)));
        assertDoesNotThrow(() -> PublishPolicy.requireTaken(EVENT, null, List.of(TAKEN)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"InternalFailure", "ThrottlingException", "MalformedDetail", "AccessDeniedException"})
    void anEntryWithAnErrorCodeIsRefusedWhetherRetryableOrNot(String code) {
        EventPublishException refused = assertThrows(EventPublishException.class,
                () -> PublishPolicy.requireTaken(EVENT, 1, List.of(new EntryResult(code, "details"))));

        assertEquals("BookingRequested was refused: " + code + ": details", refused.getMessage());
    }

    @Test
    void anErrorCodeCountsEvenWhenFailedEntryCountSaysNothing() {
        EventPublishException refused = assertThrows(EventPublishException.class,
                () -> PublishPolicy.requireTaken(EVENT, null, List.of(new EntryResult("InternalFailure", null))));

        assertEquals("BookingRequested was refused: InternalFailure", refused.getMessage());
    }

    @Test
    void aFailedEntryCountCountsEvenWithoutEntries() {
        EventPublishException refused = assertThrows(EventPublishException.class,
                () -> PublishPolicy.requireTaken(EVENT, 1, List.of()));

        assertEquals("BookingRequested was refused: FailedEntryCount 1", refused.getMessage());
    }

    @Test
    void aCallThatThrewIsAFailedPublishCarryingItsCause() {
        RuntimeException timeout = new RuntimeException("connect timed out");

        EventPublishException failed = PublishPolicy.callFailed(EVENT, timeout);

        assertEquals("publishing BookingRequested failed", failed.getMessage());
        assertSame(timeout, failed.getCause());
    }

    @Test
    void aBatchIsTakenUpToItsFirstRefusedEntry() {
        EntryResult refused = new EntryResult("InternalFailure", "try again");

        assertEquals(3, PublishPolicy.takenPrefix(3, 0, List.of(TAKEN, TAKEN, TAKEN)));
        assertEquals(1, PublishPolicy.takenPrefix(3, 1, List.of(TAKEN, refused, TAKEN)));
        assertEquals(0, PublishPolicy.takenPrefix(2, 2, List.of(refused, refused)));
    }

    @Test
    void aBatchEntryWithoutAResultIsNotTaken() {
        assertEquals(1, PublishPolicy.takenPrefix(3, null, List.of(TAKEN)));
    }

    @Test
    void aFailedEntryCountThatNoResultExplainsRefusesTheWholeBatch() {
        assertEquals(0, PublishPolicy.takenPrefix(2, 1, List.of(TAKEN, TAKEN)));
    }
}
