package com.apartmentbooking.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import com.apartmentbooking.model.items.TableSchemas;
import com.apartmentbooking.reservation.BookingRequest;
import com.apartmentbooking.reservation.ReservationService;
import com.apartmentbooking.reservation.aws.DynamoDbApartmentStore;
import com.apartmentbooking.reservation.aws.DynamoDbBookingStore;
import com.apartmentbooking.reservation.aws.StepFunctionsExecutionHistory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * What the users of the system do, through the local stack: a front end requesting a booking (the AppSync resolver
 * event the reservation function receives, until the GraphQL API exists), the payment provider calling the webhook
 * with a signed request, an operator moving the clock, and anyone reading the tables.
 */
final class Bookings {

    static final Set<String> FINAL = Set.of("CONFIRMED", "EXPIRED", "REJECTED");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final LocalStack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Bookings(LocalStack stack) {
        this.stack = stack;
    }

    void createApartment(String id) {
        stack.dynamoDb.putItem(put -> put.tableName(stack.tableName("ApartmentsTable")).item(Map.of(
                "id", AttributeValue.fromS(id), "name", AttributeValue.fromS("Apartment " + id),
                "status", AttributeValue.fromS("VACANT"), "version", AttributeValue.fromN("0"))));
    }

    /** requestBooking as AppSync would invoke the resolver; returns the resolver's answer ({data} or {error}). */
    JsonNode requestBooking(String apartmentId, String customerId, int paymentWindowSeconds, String clientToken) {
        InvokeResponse response = invokeReservation(
                requestBookingEvent(apartmentId, customerId, paymentWindowSeconds, clientToken));
        if (response.functionError() != null) {
            throw new AssertionError("requestBooking failed: " + response.payload().asUtf8String());
        }
        return json(response.payload().asUtf8String());
    }

    /** The event AppSync's direct Lambda resolver sends the reservation function for requestBooking. */
    static String requestBookingEvent(String apartmentId, String customerId, int paymentWindowSeconds,
            String clientToken) {
        ObjectNode event = MAPPER.createObjectNode();
        event.putObject("arguments").putObject("input").put("apartmentId", apartmentId).put("customerId", customerId)
                .put("paymentWindowSeconds", paymentWindowSeconds).put("clientToken", clientToken);
        event.putObject("request").putObject("headers").put("content-type", "application/json");
        ObjectNode info = event.putObject("info");
        info.put("parentTypeName", "Mutation").put("fieldName", "requestBooking");
        info.putArray("selectionSetList").add("id").add("status");
        info.putObject("variables");
        event.putObject("stash");
        return event.toString();
    }

    /**
     * requestBooking through the reservation function's own service and adapters, run here against the runtime:
     * what the function has done when its instance dies right after its write (it publishes nothing itself).
     * Returns the booking's id.
     */
    String writeRequestedBooking(String apartmentId, String customerId, int paymentWindowSeconds, String clientToken) {
        DynamoDbEnhancedClient tables = DynamoDbEnhancedClient.builder().dynamoDbClient(stack.dynamoDb).build();
        ReservationService function = new ReservationService(
                new DynamoDbApartmentStore(tables.table(stack.tableName("ApartmentsTable"), TableSchemas.APARTMENT)),
                new DynamoDbBookingStore(tables.table(stack.tableName("BookingsTable"), TableSchemas.BOOKING)),
                new StepFunctionsExecutionHistory(stack.stepFunctions), Clock.systemUTC());
        return function.requestBooking(new BookingRequest(apartmentId, customerId, clientToken, paymentWindowSeconds))
                .getId();
    }

    /** Every execution of the booking workflow whose input names the booking, oldest first. */
    List<DescribeExecutionResponse> executionsOf(String bookingId) {
        List<DescribeExecutionResponse> executions = new ArrayList<>();
        for (ExecutionListItem listed : stack.stepFunctions.listExecutionsPaginator(
                list -> list.stateMachineArn(stack.stateMachineArn())).executions()) {
            DescribeExecutionResponse execution = stack.stepFunctions.describeExecution(
                    describe -> describe.executionArn(listed.executionArn()));
            if (Bookings.json(execution.input()).path("bookingId").asText().equals(bookingId)) {
                executions.add(0, execution);
            }
        }
        return executions;
    }

    InvokeResponse invokeReservation(String payload) {
        return stack.lambda.invoke(invoke -> invoke.functionName(stack.functionName("ReservationApiFunction"))
                .payload(SdkBytes.fromUtf8String(payload)));
    }

    /**
     * The payment provider's webhook call: signed with the shared secret at the runtime's time, which the payment
     * function checks the signature's age against (the provider lives in the advanced time too).
     */
    HttpResponse<String> pay(String paymentId, String bookingId) {
        String body = MAPPER.createObjectNode().put("id", paymentId).put("type", "payment.succeeded")
                .set("data", MAPPER.createObjectNode().put("bookingId", bookingId).put("amount", 120.50)
                        .put("currency", "EUR")).toString();
        return postWebhook(body, signature(body, runtimeTime().getEpochSecond(), LocalStack.WEBHOOK_SECRET));
    }

    HttpResponse<String> postWebhook(String body, String signature) {
        URI url = URI.create(stack.template.function("PaymentWebhookFunction").functionUrl()
                + "payments/webhook");
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("Payment-Signature", signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String signature(String body, long unixSeconds, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The runtime's time, as {@code GET /_local/clock} tells it. */
    Instant runtimeTime() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.endpoint + "/_local/clock"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("the clock answered " + response.statusCode() + ": " + response.body());
            }
            return Instant.parse(json(response.body()).get("now").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The operator's clock control, over HTTP as an operator would call it. */
    void advanceClock(Duration duration) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.endpoint + "/_local/clock/advance"))
                .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\": " + duration.toSeconds() + "}")).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("clock advance answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Map<String, AttributeValue> booking(String bookingId) {
        GetItemResponse item = stack.dynamoDb.getItem(get -> get.tableName(stack.tableName("BookingsTable"))
                .key(Map.of("id", AttributeValue.fromS(bookingId))).consistentRead(true));
        return item.hasItem() ? item.item() : Map.of();
    }

    Map<String, AttributeValue> apartment(String apartmentId) {
        return stack.dynamoDb.getItem(get -> get.tableName(stack.tableName("ApartmentsTable"))
                .key(Map.of("id", AttributeValue.fromS(apartmentId))).consistentRead(true)).item();
    }

    String bookingStatus(String bookingId) {
        AttributeValue status = booking(bookingId).get("status");
        return status == null ? null : status.s();
    }

    /** Polls until the booking has one of {@code statuses}; returns the status seen. */
    String awaitBookingStatus(String bookingId, Set<String> statuses, Duration within) {
        Instant deadline = Instant.now().plus(within);
        String status = bookingStatus(bookingId);
        while (!statuses.contains(status) && Instant.now().isBefore(deadline)) {
            sleep();
            status = bookingStatus(bookingId);
        }
        if (!statuses.contains(status)) {
            throw new AssertionError("booking " + bookingId + " is " + status + ", expected one of " + statuses
                    + " within " + within);
        }
        return status;
    }

    String awaitBookingStatus(String bookingId, String status) {
        return awaitBookingStatus(bookingId, Set.of(status), Duration.ofSeconds(60));
    }

    /**
     * Polls until the booking is RESERVED and the execution it names waits for the payment (WaitStateEntered). The
     * workflow writes RESERVED and publishes BookingReserved before it starts its wait, so a clock advance made as
     * soon as the booking is RESERVED can pass before the wait has begun, and the window is then still ahead.
     */
    void awaitWaitingForPayment(String bookingId) {
        awaitBookingStatus(bookingId, "RESERVED");
        String executionArn = booking(bookingId).get("executionArn").s();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!waitEntered(executionArn)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("execution " + executionArn + " of booking " + bookingId
                        + " did not enter its wait within 60 s");
            }
            sleep();
        }
    }

    private boolean waitEntered(String executionArn) {
        return stack.stepFunctions.getExecutionHistory(history -> history.executionArn(executionArn)).events().stream()
                .anyMatch(event -> event.type() == HistoryEventType.WAIT_STATE_ENTERED);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
