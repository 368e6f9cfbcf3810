package com.apartmentbooking.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.BookingStatus;
import com.apartmentbooking.model.PaymentOutcome;
import com.apartmentbooking.model.events.DomainEvent;
import com.apartmentbooking.model.events.PaymentAccepted;
import com.apartmentbooking.model.events.PaymentConflict;
import com.apartmentbooking.model.events.PaymentRejected;
import com.apartmentbooking.model.items.Apartment;
import com.apartmentbooking.model.items.Booking;
import com.apartmentbooking.model.items.Payment;
import com.apartmentbooking.model.items.TableSchemas;
import com.apartmentbooking.payment.InMemoryPaymentLedger.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionUrlAcceptPaymentHandlerTest {

    private static final String SECRET = "whsec_test_secret";
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final String SUCCEEDED = "events/payment-succeeded.json";
    private static final String EVENT_ID = "evt_1001";
    private static final String BOOKING = "bk-1";
    private static final String APARTMENT = "apt-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemoryPaymentLedger ledger = new InMemoryPaymentLedger();
    private final RecordingEventPublisher publisher = new RecordingEventPublisher();
    private final FunctionUrlAcceptPaymentHandler handler =
            new FunctionUrlAcceptPaymentHandler(ledger, publisher, () -> List.of(SECRET), Clock.fixed(NOW, ZoneOffset.UTC));

    /** The workflow has reserved apt-1 for bk-1 and marked the booking RESERVED. */
    @BeforeEach
    void reserveApartmentForBooking() {
        ledger.put(apartment(APARTMENT, ApartmentStatus.RESERVED, BOOKING));
        ledger.put(booking(BOOKING, APARTMENT, BookingStatus.RESERVED));
    }

    @ParameterizedTest
    @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
    void validSignatureMarksApartmentAndBookingPaidAndAnnouncesIt(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = deliverSigned(event);

        JsonNode body = assertReply(200, response);
        assertEquals("ACCEPTED", body.path("result").asText());
        assertEquals(BOOKING, body.path("bookingId").asText());
        assertEquals(EVENT_ID, body.path("paymentId").asText());

        Apartment apartment = ledger.apartment(APARTMENT);
        assertEquals(ApartmentStatus.PAID.name(), apartment.getStatus());
        assertEquals(BOOKING, apartment.getBookingId());
        assertEquals(NOW.toString(), apartment.getUpdatedAt());
        assertEquals(4L, apartment.getVersion());
        Booking booking = ledger.booking(BOOKING);
        assertEquals(BookingStatus.PAID.name(), booking.getStatus());
        assertEquals(NOW.toString(), booking.getPaidAt());
        assertEquals(NOW.toString(), booking.getUpdatedAt());

        Payment payment = ledger.payment(EVENT_ID);
        assertEquals(PaymentOutcome.ACCEPTED.name(), payment.getOutcome());
        assertEquals(BOOKING, payment.getBookingId());
        assertEquals("120.50", payment.getAmount(), "the amount is kept exactly as sent");
        assertEquals("EUR", payment.getCurrency());
        assertEquals(NOW.toString(), payment.getReceivedAt());
        assertKeptForGood(payment);

        assertEquals(List.of(new PaymentAccepted(EVENT_ID, BOOKING, APARTMENT, new BigDecimal("120.50"), "EUR",
                NOW.toString())), publisher.published());
    }

    @ParameterizedTest
    @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
    void paymentArrivingBeforeTheBookingIsMarkedReservedIsAccepted(APIGatewayV2HTTPEvent event) {
        ledger.put(booking(BOOKING, APARTMENT, BookingStatus.REQUESTED));

        assertEquals("ACCEPTED", assertReply(200, deliverSigned(event)).path("result").asText());
        assertEquals(BookingStatus.PAID.name(), ledger.booking(BOOKING).getStatus());
        assertEquals(ApartmentStatus.PAID.name(), ledger.apartment(APARTMENT).getStatus());
    }

    @ParameterizedTest
    @Event(value = "events/payment-succeeded-base64.json", type = APIGatewayV2HTTPEvent.class)
    void base64EncodedBodyIsVerifiedAndReadDecoded(APIGatewayV2HTTPEvent event) {
        assertTrue(event.getIsBase64Encoded());

        assertEquals("ACCEPTED", assertReply(200, deliverSigned(event)).path("result").asText());
        assertEquals("120.50", ledger.payment(EVENT_ID).getAmount());
    }

    @ParameterizedTest
    @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
    void signatureHeaderNameIsCaseInsensitive(APIGatewayV2HTTPEvent event) {
        String value = WebhookSigner.header(SECRET, NOW.getEpochSecond(), event.getBody());
        event.getHeaders().put("PAYMENT-Signature", value);

        assertEquals("ACCEPTED", assertReply(200, handler.handleRequest(event, null)).path("result").asText());
    }

    @Nested
    class UnsignedRequestsAreRefused {

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void forgedSignature(APIGatewayV2HTTPEvent event) {
            assertRefusedWithoutEffect(WebhookSigner.sign(event, "not_the_secret", NOW.getEpochSecond()));
        }

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void bodyChangedAfterSigning(APIGatewayV2HTTPEvent event) {
            WebhookSigner.sign(event, SECRET, NOW.getEpochSecond());
            event.setBody(event.getBody().replace("120.50", "1.00"));

            assertRefusedWithoutEffect(event);
        }

        @ParameterizedTest
        @ValueSource(longs = {-301, 301})
        void staleOrFutureTimestamp(long offsetSeconds) {
            assertRefusedWithoutEffect(WebhookSigner.sign(load(SUCCEEDED), SECRET, NOW.getEpochSecond() + offsetSeconds));
        }

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void missingHeader(APIGatewayV2HTTPEvent event) {
            assertRefusedWithoutEffect(event);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "garbage", "t=1748779200", "v1=abcdef", "t=now,v1=00ff", "t=1748779200,v1=zz"})
        void garbledHeader(String header) {
            assertRefusedWithoutEffect(WebhookSigner.withSignatureHeader(load(SUCCEEDED), header));
        }

        @ParameterizedTest
        @Event(value = "events/payment-refunded.json", type = APIGatewayV2HTTPEvent.class)
        void evenForEventTypesThatAreIgnored(APIGatewayV2HTTPEvent event) {
            assertRefusedWithoutEffect(event);
        }

        private void assertRefusedWithoutEffect(APIGatewayV2HTTPEvent event) {
            InMemoryPaymentLedger.Tables before = ledger.snapshot();
            int eventsBefore = publisher.published().size();

            JsonNode body = assertReply(401, handler.handleRequest(event, null));

            assertFalse(body.path("error").asText().isEmpty());
            assertEquals(before, ledger.snapshot());
            assertEquals(eventsBefore, publisher.published().size());
        }
    }

    @Nested
    class MalformedNotificationsAreRefused {

        @ParameterizedTest
        @Event(value = "events/malformed-json.json", type = APIGatewayV2HTTPEvent.class)
        void bodyThatIsNotJson(APIGatewayV2HTTPEvent event) {
            assertEquals(List.of("body"), refusedFields(WebhookSigner.sign(event, SECRET, NOW.getEpochSecond())));
        }

        static Stream<Arguments> invalidBodies() {
            String bookingId65 = "b".repeat(65);
            return Stream.of(
                    Arguments.of("[]", List.of("body")),
                    Arguments.of("42", List.of("body")),
                    Arguments.of("", List.of("body")),
                    Arguments.of("{\"id\":\"evt_1\"} {}", List.of("body")),
                    Arguments.of(notification("\"evt_1\"", "\"bk-1\"", "1", "\"EUR\"").replace("{\"id\"", "{\"id\":\"evt_0\",\"id\""),
                            List.of("body")),
                    Arguments.of("{\"type\":\"payment.succeeded\",\"data\":{\"bookingId\":\"bk-1\",\"amount\":1,\"currency\":\"EUR\"}}",
                            List.of("id")),
                    Arguments.of(notification("\"evt 1!\"", "\"bk-1\"", "1", "\"EUR\""), List.of("id")),
                    Arguments.of(notification("\"" + "e".repeat(129) + "\"", "\"bk-1\"", "1", "\"EUR\""), List.of("id")),
                    Arguments.of(notification("17", "\"bk-1\"", "1", "\"EUR\""), List.of("id")),
                    Arguments.of("{\"id\":\"evt_1\",\"data\":{\"bookingId\":\"bk-1\",\"amount\":1,\"currency\":\"EUR\"}}",
                            List.of("type")),
                    Arguments.of("{\"id\":\"evt_1\",\"type\":7,\"data\":{\"bookingId\":\"bk-1\",\"amount\":1,\"currency\":\"EUR\"}}",
                            List.of("type")),
                    Arguments.of("{\"id\":\"evt_1\",\"type\":\"payment.succeeded\"}", List.of("data")),
                    Arguments.of("{\"id\":\"evt_1\",\"type\":\"payment.succeeded\",\"data\":[]}", List.of("data")),
                    Arguments.of(notification("\"evt_1\"", "null", "1", "\"EUR\""), List.of("data.bookingId")),
                    Arguments.of(notification("\"evt_1\"", "\"bk/1\"", "1", "\"EUR\""), List.of("data.bookingId")),
                    Arguments.of(notification("\"evt_1\"", "\"" + bookingId65 + "\"", "1", "\"EUR\""), List.of("data.bookingId")),
                    Arguments.of(notification("\"evt_1\"", "12", "1", "\"EUR\""), List.of("data.bookingId")),
                    Arguments.of(notification("\"evt_1\"", "\"bk-1\"", "null", "\"EUR\""), List.of("data.amount")),
                    Arguments.of(notification("\"evt_1\"", "\"bk-1\"", "\"12.00\"", "\"EUR\""), List.of("data.amount")),
                    Arguments.of(notification("\"evt_1\"", "\"bk-1\"", "0", "\"EUR\""), List.of("data.amount")),
                    Arguments.of(notification("\"evt_1\"", "\"bk-1\"", "-5.00", "\"EUR\""), List.of("data.amount")),
                    Arguments.of(notification("\"evt_1\"", "\"bk-1\"", "1e999999999", "\"EUR\""), List.of("data.amount")),
                    Arguments.of(notification("\"evt_1\"", "\"bk-1\"", "12.5", "\"eur\""), List.of("data.currency")),
                    Arguments.of(notification("\"evt_1\"", "\"bk-1\"", "12.5", "\"EURO\""), List.of("data.currency")),
                    Arguments.of(notification("\"evt_1\"", "\"bk-1\"", "12.5", "null"), List.of("data.currency")),
                    Arguments.of(notification("\"\"", "\"\"", "-1", "\"1$\""),
                            List.of("id", "data.bookingId", "data.amount", "data.currency")));
        }

        @ParameterizedTest
        @MethodSource("invalidBodies")
        void eachProblemIsNamed(String body, List<String> expectedFields) {
            APIGatewayV2HTTPEvent event = load(SUCCEEDED);
            event.setBody(body);

            assertEquals(expectedFields, refusedFields(WebhookSigner.sign(event, SECRET, NOW.getEpochSecond())));
        }

        private List<String> refusedFields(APIGatewayV2HTTPEvent event) {
            InMemoryPaymentLedger.Tables before = ledger.snapshot();

            JsonNode body = assertReply(400, handler.handleRequest(event, null));

            assertEquals("invalid payment notification", body.path("error").asText());
            List<String> fields = new ArrayList<>();
            body.path("violations").forEach(violation -> {
                assertFalse(violation.path("message").asText().isEmpty());
                fields.add(violation.path("field").asText());
            });
            assertEquals(before, ledger.snapshot());
            assertEquals(List.of(), publisher.published());
            return fields;
        }

        private static String notification(String id, String bookingId, String amount, String currency) {
            return "{\"id\":" + id + ",\"type\":\"payment.succeeded\",\"data\":{\"bookingId\":" + bookingId
                    + ",\"amount\":" + amount + ",\"currency\":" + currency + "}}";
        }
    }

    @Nested
    class Redelivery {

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void sameEventAgainIsADuplicateAndChangesNothing(APIGatewayV2HTTPEvent event) {
            deliverSigned(event);
            InMemoryPaymentLedger.Tables afterFirst = ledger.snapshot();

            JsonNode body = assertReply(200, deliverSigned(load(SUCCEEDED)));

            assertEquals("DUPLICATE", body.path("result").asText());
            assertEquals(EVENT_ID, body.path("paymentId").asText());
            assertEquals(afterFirst, ledger.snapshot());
            assertEquals(1, publisher.published().size(), "no second PaymentAccepted");
        }

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void lateEventAgainIsADuplicateAndKeepsItsRecord(APIGatewayV2HTTPEvent event) {
            ledger.put(apartment(APARTMENT, ApartmentStatus.VACANT, null));
            deliverSigned(event);
            InMemoryPaymentLedger.Tables afterFirst = ledger.snapshot();

            JsonNode body = assertReply(200, deliverSigned(load(SUCCEEDED)));

            assertEquals("DUPLICATE", body.path("result").asText());
            assertEquals(afterFirst, ledger.snapshot());
            assertEquals(1, publisher.published().size(), "a known event is not announced again");
        }

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void sameAmountWrittenOtherwiseIsADuplicate(APIGatewayV2HTTPEvent event) {
            deliverSigned(event);

            JsonNode body = assertReply(200, deliverSigned(withBody(load(SUCCEEDED), "120.50", "120.5")));

            assertEquals("DUPLICATE", body.path("result").asText());
        }

        static Stream<Arguments> changedContent() {
            return Stream.of(
                    Arguments.of("\"bk-1\"", "\"bk-2\"", "bk-2", "120.50", "EUR"),
                    Arguments.of("120.50", "99.00", BOOKING, "99.00", "EUR"),
                    Arguments.of("\"EUR\"", "\"USD\"", BOOKING, "120.50", "USD"));
        }

        @ParameterizedTest
        @MethodSource("changedContent")
        void sameEventIdWithOtherContentIsAConflictAndChangesNothing(String sent, String replayed, String bookingId,
                                                                      String amount, String currency) {
            deliverSigned(load(SUCCEEDED));
            InMemoryPaymentLedger.Tables afterFirst = ledger.snapshot();

            JsonNode body = assertReply(200, deliverSigned(withBody(load(SUCCEEDED), sent, replayed)));

            assertEquals("CONFLICT", body.path("result").asText());
            assertEquals(EVENT_ID, body.path("paymentId").asText());
            assertEquals(bookingId, body.path("bookingId").asText());
            assertFalse(body.path("message").asText().isEmpty());
            assertEquals(afterFirst, ledger.snapshot());
            assertEquals(new PaymentConflict(EVENT_ID, bookingId, new BigDecimal(amount), currency,
                    BOOKING, new BigDecimal("120.50"), "EUR", NOW.toString()), publisher.published().get(1));
            assertEquals(2, publisher.published().size());
        }

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void aLateEventReplayedWithOtherContentIsAConflictNotAnotherRefund(APIGatewayV2HTTPEvent event) {
            ledger.put(apartment(APARTMENT, ApartmentStatus.VACANT, null));
            deliverSigned(event);

            JsonNode body = assertReply(200, deliverSigned(withBody(load(SUCCEEDED), "120.50", "1.00")));

            assertEquals("CONFLICT", body.path("result").asText());
            assertEquals("120.50", ledger.payment(EVENT_ID).getAmount());
            assertEquals(List.of(PaymentRejected.class, PaymentConflict.class),
                    publisher.published().stream().map(Object::getClass).toList());
        }

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void aConflictThatCannotBeAnnouncedIsRetried(APIGatewayV2HTTPEvent event) {
            deliverSigned(event);
            InMemoryPaymentLedger.Tables afterFirst = ledger.snapshot();
            publisher.makeUnavailable();

            assertReply(503, deliverSigned(withBody(load(SUCCEEDED), "120.50", "99.00")));
            assertEquals(afterFirst, ledger.snapshot());
        }

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void readingTheRecordFailingIsRetried(APIGatewayV2HTTPEvent event) {
            ledger.makeUnavailable(Operation.READ_RECORD);

            assertReply(503, deliverSigned(event));
            assertNull(ledger.payment(EVENT_ID));
            assertEquals(List.of(), publisher.published());
        }

        @ParameterizedTest
        @MethodSource("concurrentDeliveries")
        void aDeliveryRecordedConcurrentlyIsJudgedByWhatWasRecorded(String amount, Operation write, String expected) {
            if (write == Operation.RECORD_REJECTED) {
                ledger.put(apartment(APARTMENT, ApartmentStatus.VACANT, null));
            }
            Payment concurrent = new Payment();
            concurrent.setEventId(EVENT_ID);
            concurrent.setBookingId(BOOKING);
            concurrent.setOutcome(PaymentOutcome.ACCEPTED.name());
            concurrent.setAmount(amount);
            concurrent.setCurrency("EUR");
            concurrent.setReceivedAt(NOW.minusSeconds(1).toString());
            ledger.recordConcurrentlyBefore(write, concurrent);

            JsonNode body = assertReply(200, deliverSigned(load(SUCCEEDED)));

            assertEquals(expected, body.path("result").asText());
            assertEquals(amount, ledger.payment(EVENT_ID).getAmount());
        }

        static Stream<Arguments> concurrentDeliveries() {
            return Stream.of(
                    Arguments.of("120.50", Operation.MARK_PAID, "DUPLICATE"),
                    Arguments.of("99.00", Operation.MARK_PAID, "CONFLICT"),
                    Arguments.of("120.50", Operation.RECORD_REJECTED, "DUPLICATE"),
                    Arguments.of("99.00", Operation.RECORD_REJECTED, "CONFLICT"));
        }

        private static APIGatewayV2HTTPEvent withBody(APIGatewayV2HTTPEvent event, String sent, String replayed) {
            event.setBody(event.getBody().replace(sent, replayed));
            return event;
        }
    }

    @Nested
    class LatePayments {

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void apartmentAlreadyReleased(APIGatewayV2HTTPEvent event) {
            ledger.put(apartment(APARTMENT, ApartmentStatus.VACANT, null));
            ledger.put(booking(BOOKING, APARTMENT, BookingStatus.EXPIRED));

            assertRejectedLate(event, PaymentRejected.Reason.BOOKING_NOT_HELD);
        }

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void apartmentHeldByAnotherBooking(APIGatewayV2HTTPEvent event) {
            ledger.put(apartment(APARTMENT, ApartmentStatus.RESERVED, "bk-2"));
            ledger.put(booking(BOOKING, APARTMENT, BookingStatus.EXPIRED));

            assertRejectedLate(event, PaymentRejected.Reason.BOOKING_NOT_HELD);
        }

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void secondPaymentForAPaidBooking(APIGatewayV2HTTPEvent event) {
            deliverSigned(event);
            APIGatewayV2HTTPEvent second = load(SUCCEEDED);
            second.setBody(second.getBody().replace(EVENT_ID, "evt_1002"));

            JsonNode body = assertReply(200, deliverSigned(second));

            assertEquals("REJECTED_LATE", body.path("result").asText());
            assertEquals(PaymentOutcome.REJECTED_LATE.name(), ledger.payment("evt_1002").getOutcome());
            assertEquals(PaymentOutcome.ACCEPTED.name(), ledger.payment(EVENT_ID).getOutcome());
        }

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void unknownBooking(APIGatewayV2HTTPEvent event) {
            event.setBody(event.getBody().replace(BOOKING, "bk-unknown"));

            JsonNode body = assertReply(200, deliverSigned(event));

            assertEquals("REJECTED_LATE", body.path("result").asText());
            assertEquals("BOOKING_NOT_FOUND", body.path("reason").asText());
            assertEquals("bk-unknown", body.path("bookingId").asText());
            assertEquals(PaymentOutcome.REJECTED_LATE.name(), ledger.payment(EVENT_ID).getOutcome());
            assertEquals(List.of(new PaymentRejected(EVENT_ID, "bk-unknown", new BigDecimal("120.50"), "EUR",
                    PaymentRejected.Reason.BOOKING_NOT_FOUND, NOW.toString())), publisher.published());
        }

        private void assertRejectedLate(APIGatewayV2HTTPEvent event, PaymentRejected.Reason reason) {
            Apartment apartmentBefore = ledger.apartment(APARTMENT);
            Booking bookingBefore = ledger.booking(BOOKING);

            JsonNode body = assertReply(200, deliverSigned(event));

            assertEquals("REJECTED_LATE", body.path("result").asText());
            assertEquals(reason.name(), body.path("reason").asText());
            assertEquals(apartmentBefore, ledger.apartment(APARTMENT));
            assertEquals(bookingBefore, ledger.booking(BOOKING));
            Payment payment = ledger.payment(EVENT_ID);
            assertEquals(PaymentOutcome.REJECTED_LATE.name(), payment.getOutcome());
            assertEquals("120.50", payment.getAmount());
            assertKeptForGood(payment);
            assertEquals(List.of(new PaymentRejected(EVENT_ID, BOOKING, new BigDecimal("120.50"), "EUR", reason,
                    NOW.toString())), publisher.published());
        }
    }

    @Nested
    class TransientFailures {

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void transactionFailing(APIGatewayV2HTTPEvent event) {
            ledger.makeUnavailable(Operation.MARK_PAID);

            assertUnavailableWithoutWrites(event);
            assertEquals(List.of(), publisher.published());
        }

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void bookingLookupFailing(APIGatewayV2HTTPEvent event) {
            ledger.makeUnavailable(Operation.LOOKUP);

            assertUnavailableWithoutWrites(event);
            assertEquals(List.of(), publisher.published());
        }

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void busRefusingPaymentRejectedBeforeItIsRecorded(APIGatewayV2HTTPEvent event) {
            ledger.put(apartment(APARTMENT, ApartmentStatus.VACANT, null));
            publisher.makeUnavailable();

            assertUnavailableWithoutWrites(event);
            assertNull(ledger.payment(EVENT_ID), "not recorded, so the provider's retry announces it again");
        }

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void recordingTheRejectedPaymentFailing(APIGatewayV2HTTPEvent event) {
            ledger.put(apartment(APARTMENT, ApartmentStatus.VACANT, null));
            ledger.makeUnavailable(Operation.RECORD_REJECTED);

            assertUnavailableWithoutWrites(event);
        }

        @ParameterizedTest
        @Event(value = SUCCEEDED, type = APIGatewayV2HTTPEvent.class)
        void busRefusingPaymentAcceptedStillAcceptsTheCommittedPayment(APIGatewayV2HTTPEvent event) {
            publisher.makeUnavailable();

            JsonNode body = assertReply(200, deliverSigned(event));

            assertEquals("ACCEPTED", body.path("result").asText());
            assertEquals(ApartmentStatus.PAID.name(), ledger.apartment(APARTMENT).getStatus());
            assertEquals(BookingStatus.PAID.name(), ledger.booking(BOOKING).getStatus());
        }

        private void assertUnavailableWithoutWrites(APIGatewayV2HTTPEvent event) {
            InMemoryPaymentLedger.Tables before = ledger.snapshot();

            JsonNode body = assertReply(503, deliverSigned(event));

            assertFalse(body.path("error").asText().isEmpty());
            assertEquals(before, ledger.snapshot());
        }
    }

    @ParameterizedTest
    @Event(value = "events/payment-refunded.json", type = APIGatewayV2HTTPEvent.class)
    void otherEventTypesAreAcknowledgedAndIgnored(APIGatewayV2HTTPEvent event) {
        InMemoryPaymentLedger.Tables before = ledger.snapshot();

        assertEquals("IGNORED", assertReply(200, deliverSigned(event)).path("result").asText());
        assertEquals(before, ledger.snapshot());
        assertEquals(List.of(), publisher.published());
    }

    @ParameterizedTest
    @Event(value = "events/wrong-path.json", type = APIGatewayV2HTTPEvent.class)
    void otherPathIsNotFound(APIGatewayV2HTTPEvent event) {
        JsonNode body = assertReply(404, deliverSigned(event));

        assertTrue(body.path("error").asText().contains("/payments/other"));
        assertEquals(List.of(), publisher.published());
    }

    @ParameterizedTest
    @Event(value = "events/get-webhook.json", type = APIGatewayV2HTTPEvent.class)
    void otherMethodIsNotAllowed(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertReply(405, response);
        assertEquals("POST", response.getHeaders().get("Allow"));
    }

    @Test
    void paymentAcceptedFollowsTheEventContract() {
        deliverSigned(load(SUCCEEDED));

        DomainEvent published = publisher.published().get(0);
        assertInstanceOf(PaymentAccepted.class, published);
        assertEquals("booking.payment", published.source());
        assertEquals("{\"paymentId\":\"evt_1001\",\"bookingId\":\"bk-1\",\"apartmentId\":\"apt-1\",\"amount\":\"120.50\","
                + "\"currency\":\"EUR\",\"receivedAt\":\"2025-06-01T12:00:00Z\"}", published.detailJson());
    }

    /** A payment record is what proves a PAID booking was paid, so nothing in it lets it expire. */
    private static void assertKeptForGood(Payment payment) {
        assertEquals(Set.of("eventId", "bookingId", "outcome", "amount", "currency", "receivedAt"),
                TableSchemas.PAYMENT.itemToMap(payment, true).keySet());
    }

    private APIGatewayV2HTTPResponse deliverSigned(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(WebhookSigner.sign(event, SECRET, NOW.getEpochSecond()), null);
    }

    private static APIGatewayV2HTTPEvent load(String fixture) {
        return EventLoader.loadApiGatewayHttpEvent(fixture);
    }

    /** Checks the status and the JSON content type every reply carries; returns the parsed body. */
    private static JsonNode assertReply(int status, APIGatewayV2HTTPResponse response) {
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertEquals("application/json", response.getHeaders().get("Content-Type"));
        try {
            return JSON.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("reply body is not JSON: " + response.getBody(), e);
        }
    }

    private static Apartment apartment(String id, ApartmentStatus status, String bookingId) {
        Apartment apartment = new Apartment();
        apartment.setId(id);
        apartment.setName("Harbour view");
        apartment.setStatus(status.name());
        apartment.setBookingId(bookingId);
        apartment.setUpdatedAt("2025-06-01T11:55:00Z");
        apartment.setVersion(3L);
        return apartment;
    }

    private static Booking booking(String id, String apartmentId, BookingStatus status) {
        Booking booking = new Booking();
        booking.setId(id);
        booking.setApartmentId(apartmentId);
        booking.setCustomerId("cust-7");
        booking.setStatus(status.name());
        booking.setRequestedAt("2025-06-01T11:54:59Z");
        booking.setPaymentWindowSeconds(900);
        return booking;
    }
}
