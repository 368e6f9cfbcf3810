package com.apartmentbooking.reservation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.reservation.fakes.InMemoryApartmentStore;
import com.apartmentbooking.reservation.fakes.InMemoryBookingStore;
import com.apartmentbooking.reservation.fakes.InMemoryExecutionHistory;
import com.apartmentbooking.reservation.port.StoreUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service refuses with domain exceptions; how GraphQL shows them is the handler's business. */
class ReservationServiceTest {
    private final InMemoryApartmentStore apartments = new InMemoryApartmentStore();
    private final ReservationService service = new ReservationService(apartments, new InMemoryBookingStore(),
            new InMemoryExecutionHistory(), Clock.fixed(Instant.parse("2025-03-01T10:15:30Z"), ZoneOffset.UTC));

    @BeforeEach
    void anApartment() {
        apartments.put("apt-1", ApartmentStatus.VACANT);
    }

    @Test
    void anUnknownApartmentIsNotFound() {
        NotFoundException refusal = assertThrows(NotFoundException.class,
                () -> service.requestBooking(new BookingRequest("apt-404", "customer-7", "token-1", 600)));

        assertEquals("apartment apt-404 does not exist", refusal.getMessage());
    }

    @Test
    void theHistoryOfAnUnknownBookingIsNotFound() {
        NotFoundException refusal = assertThrows(NotFoundException.class, () -> service.bookingHistory("bk-404"));

        assertEquals("booking bk-404 does not exist", refusal.getMessage());
    }

    @Test
    void aClientTokenReusedForAnotherRequestIsAConflict() {
        service.requestBooking(new BookingRequest("apt-1", "customer-7", "token-1", 600));

        assertThrows(ConflictException.class,
                () -> service.requestBooking(new BookingRequest("apt-1", "customer-7", "token-1", 900)));
    }

    @Test
    void aStoreOutagePassesThroughAsThePortSaysIt() {
        apartments.breakWith(new StoreUnavailableException("reading apartment apt-1 failed",
                new RuntimeException("connect timed out")));

        assertThrows(StoreUnavailableException.class, () -> service.apartment("apt-1"));
    }
}
