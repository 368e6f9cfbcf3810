package com.apartmentbooking.payment;

import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.BookingStatus;
import com.apartmentbooking.model.items.Apartment;
import com.apartmentbooking.model.items.Booking;
import com.apartmentbooking.model.items.Payment;
import com.apartmentbooking.model.items.TableSchemas;
import com.apartmentbooking.payment.port.PaymentLedger;
import com.apartmentbooking.payment.port.StoreUnavailableException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/**
 * The three tables in memory, with the same conditions as the DynamoDB transaction: every condition
 * is evaluated before anything is written, and nothing is written unless all hold.
 */
final class InMemoryPaymentLedger implements PaymentLedger {

    enum Operation { READ_RECORD, LOOKUP, MARK_PAID, RECORD_REJECTED }

    /** Copies of the tables at one moment, for "nothing changed" assertions. */
    record Tables(Map<String, Apartment> apartments, Map<String, Booking> bookings, Map<String, Payment> payments) {
    }

    private final Map<String, Apartment> apartments = new HashMap<>();
    private final Map<String, Booking> bookings = new HashMap<>();
    private final Map<String, Payment> payments = new HashMap<>();
    private Operation unavailableFor;
    private Payment concurrentDelivery;
    private Operation concurrentBefore;

    void put(Apartment apartment) {
        apartments.put(apartment.getId(), copy(apartment, TableSchemas.APARTMENT));
    }

    void put(Booking booking) {
        bookings.put(booking.getId(), copy(booking, TableSchemas.BOOKING));
    }

    Apartment apartment(String id) {
        return copy(apartments.get(id), TableSchemas.APARTMENT);
    }

    Booking booking(String id) {
        return copy(bookings.get(id), TableSchemas.BOOKING);
    }

    Payment payment(String eventId) {
        Payment payment = payments.get(eventId);
        return payment == null ? null : copy(payment, TableSchemas.PAYMENT);
    }

    /** From now on, {@code operation} fails as the store does when it is throttled or unreachable. */
    void makeUnavailable(Operation operation) {
        unavailableFor = operation;
    }

    /**
     * Another delivery of the same event records {@code payment} just before this one's {@code write}, after
     * this one has read that nothing is recorded: the race the writes' conditions settle.
     */
    void recordConcurrentlyBefore(Operation write, Payment payment) {
        concurrentBefore = write;
        concurrentDelivery = copy(payment, TableSchemas.PAYMENT);
    }

    Tables snapshot() {
        return new Tables(copyAll(apartments, TableSchemas.APARTMENT), copyAll(bookings, TableSchemas.BOOKING),
                copyAll(payments, TableSchemas.PAYMENT));
    }

    @Override
    public Optional<Payment> recorded(String eventId) {
        failIfUnavailable(Operation.READ_RECORD);
        return Optional.ofNullable(payment(eventId));
    }

    @Override
    public Optional<String> apartmentOfBooking(String bookingId) {
        failIfUnavailable(Operation.LOOKUP);
        return Optional.ofNullable(bookings.get(bookingId)).map(Booking::getApartmentId);
    }

    @Override
    public MarkPaidOutcome markPaid(Payment payment, String apartmentId) {
        failIfUnavailable(Operation.MARK_PAID);
        landConcurrentDelivery(Operation.MARK_PAID);
        Apartment apartment = apartments.get(apartmentId);
        Booking booking = bookings.get(payment.getBookingId());
        boolean paymentIsNew = !payments.containsKey(payment.getEventId());
        boolean apartmentHeld = apartment != null
                && ApartmentStatus.RESERVED.name().equals(apartment.getStatus())
                && payment.getBookingId().equals(apartment.getBookingId());
        boolean bookingPayable = booking != null
                && Set.of(BookingStatus.REQUESTED.name(), BookingStatus.RESERVED.name()).contains(booking.getStatus());
        if (!paymentIsNew) {
            return MarkPaidOutcome.DUPLICATE;
        }
        if (!apartmentHeld || !bookingPayable) {
            return MarkPaidOutcome.NOT_HELD;
        }
        payments.put(payment.getEventId(), copy(payment, TableSchemas.PAYMENT));
        apartment.setStatus(ApartmentStatus.PAID.name());
        apartment.setUpdatedAt(payment.getReceivedAt());
        apartment.setVersion(apartment.getVersion() == null ? 1 : apartment.getVersion() + 1);
        booking.setStatus(BookingStatus.PAID.name());
        booking.setPaidAt(payment.getReceivedAt());
        booking.setUpdatedAt(payment.getReceivedAt());
        return MarkPaidOutcome.COMMITTED;
    }

    @Override
    public RecordOutcome recordRejected(Payment payment) {
        failIfUnavailable(Operation.RECORD_REJECTED);
        landConcurrentDelivery(Operation.RECORD_REJECTED);
        if (payments.containsKey(payment.getEventId())) {
            return RecordOutcome.DUPLICATE;
        }
        payments.put(payment.getEventId(), copy(payment, TableSchemas.PAYMENT));
        return RecordOutcome.RECORDED;
    }

    private void landConcurrentDelivery(Operation write) {
        if (write == concurrentBefore) {
            payments.put(concurrentDelivery.getEventId(), concurrentDelivery);
            concurrentBefore = null;
        }
    }

    private void failIfUnavailable(Operation operation) {
        if (operation == unavailableFor) {
            throw new StoreUnavailableException("simulated " + operation + " failure",
                    new RuntimeException("throttled"));
        }
    }

    /** A deep copy through the item's own schema, so callers never share mutable items with the store. */
    private static <T> T copy(T item, TableSchema<T> schema) {
        return item == null ? null : schema.mapToItem(schema.itemToMap(item, true));
    }

    private static <T> Map<String, T> copyAll(Map<String, T> items, TableSchema<T> schema) {
        Map<String, T> copies = new HashMap<>();
        items.forEach((key, item) -> copies.put(key, copy(item, schema)));
        return copies;
    }
}
