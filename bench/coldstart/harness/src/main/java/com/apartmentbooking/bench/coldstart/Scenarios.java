package com.apartmentbooking.bench.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The baseline, the SDK floor and the four product handlers (class names and event types from the shared
 * contract), their environment, and the table items the canned AWS answers with.
 */
final class Scenarios {

    static final String APARTMENTS_TABLE = "Apartments";
    static final String BOOKINGS_TABLE = "Bookings";
    static final String PAYMENTS_TABLE = "Payments";
    static final String EVENT_BUS = "booking";
    static final String WEBHOOK_SECRET = "bench-webhook-secret";
    static final String WEBHOOK_SECRET_ARN =
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:local/payment-webhook-AbC123";

    /** The apartment the requestBooking fixture asks for. */
    static final String VACANT_APARTMENT = "apt-vacant";
    /** The booking the webhook fixture pays for, holding {@link #RESERVED_APARTMENT}. */
    static final String RESERVED_BOOKING = "bkg-reserved";
    static final String RESERVED_APARTMENT = "apt-reserved";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Scenarios() {
    }

    /**
     * @param root     the repository root (the Lambda modules' jars are under it)
     * @param baseline the baseline's shaded jar
     * @param sdkFloor the shaded jar of the reference handler that only makes one DynamoDB call
     * @param fixtures the directory of event templates
     */
    static List<Scenario> all(Path root, Path baseline, Path sdkFloor, Path fixtures) {
        return List.of(
                new Scenario("baseline", baseline,
                        "com.apartmentbooking.bench.baseline.HelloHandler", "java.util.Map",
                        fixtures.resolve("baseline.json"), UnaryOperator.identity(),
                        reply -> reply.isTextual() && reply.asText().startsWith("hello") ? null : "expected \"hello ...\"",
                        Set.of()),
                new Scenario("sdk-floor", sdkFloor,
                        "com.apartmentbooking.bench.floor.SdkFloorHandler", "java.util.Map",
                        fixtures.resolve("sdk-floor.json"), UnaryOperator.identity(),
                        reply -> "VACANT".equals(reply.asText()) ? null : "expected the apartment's status VACANT",
                        Set.of("DynamoDB_20120810.GetItem")),
                new Scenario("reservation-api", lambdaJar(root, "reservation-api"),
                        "com.apartmentbooking.reservation.AppSyncResolveHandler", "java.util.Map",
                        fixtures.resolve("reservation-api.json"), UnaryOperator.identity(),
                        Scenarios::reservationProblem,
                        Set.of("DynamoDB_20120810.PutItem")),
                new Scenario("booking-requested-relay", lambdaJar(root, "reservation-api"),
                        "com.apartmentbooking.reservation.DynamoDbStreamPublishBookingRequestedHandler",
                        "com.amazonaws.services.lambda.runtime.events.DynamodbEvent",
                        fixtures.resolve("booking-requested-relay.json"), UnaryOperator.identity(),
                        Scenarios::noBatchItemFailures,
                        Set.of("AWSEvents.PutEvents")),
                new Scenario("payment-handler", lambdaJar(root, "payment-handler"),
                        "com.apartmentbooking.payment.FunctionUrlAcceptPaymentHandler",
                        "com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent",
                        fixtures.resolve("payment-handler.json"), Scenarios::signWebhook,
                        Scenarios::paymentProblem,
                        Set.of(CannedAws.SECRET_VALUE, "DynamoDB_20120810.TransactWriteItems")),
                new Scenario("status-projector", lambdaJar(root, "status-projector"),
                        "com.apartmentbooking.projector.DynamoDbStreamPublishStatusHandler",
                        "com.amazonaws.services.lambda.runtime.events.DynamodbEvent",
                        fixtures.resolve("status-projector.json"), UnaryOperator.identity(),
                        Scenarios::noBatchItemFailures,
                        Set.of(CannedAws.GRAPHQL)));
    }

    static Path lambdaJar(Path root, String module) {
        return root.resolve(module).resolve("target").resolve(module + "-lambda.jar");
    }

    /**
     * What infra/template.yaml gives the functions, plus what Lambda itself sets. It is the same for
     * every handler, the baseline included. LAMBDA_TASK_ROOT and a sampled _X_AMZN_TRACE_ID put the
     * X-Ray SDK in its Lambda mode, so traced handlers record and send real subsegments, as with
     * active tracing.
     */
    static Map<String, String> environment(CannedAws aws, Path taskRoot) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "test");
        env.put("AWS_SECRET_ACCESS_KEY", "test");
        env.put("AWS_ENDPOINT_URL", aws.endpoint());
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java17");
        env.put("AWS_LAMBDA_FUNCTION_NAME", "bench");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("_X_AMZN_TRACE_ID", traceHeader());
        env.put("AWS_XRAY_DAEMON_ADDRESS", aws.xrayDaemonAddress());
        env.put("AWS_XRAY_CONTEXT_MISSING", "IGNORE_ERROR");
        env.put("POWERTOOLS_SERVICE_NAME", "bench");
        // As the template's Globals: replies carry customer ids, so no function puts them in trace metadata.
        env.put("POWERTOOLS_TRACER_CAPTURE_RESPONSE", "false");
        env.put("APARTMENTS_TABLE", APARTMENTS_TABLE);
        env.put("BOOKINGS_TABLE", BOOKINGS_TABLE);
        env.put("PAYMENTS_TABLE", PAYMENTS_TABLE);
        env.put("EVENT_BUS_NAME", EVENT_BUS);
        env.put("PAYMENT_WEBHOOK_SECRET_ARN", WEBHOOK_SECRET_ARN);
        env.put("APPSYNC_GRAPHQL_URL", aws.endpoint() + CannedAws.GRAPHQL_PATH);
        return env;
    }

    /**
     * Table name -> id -> item. The hold lasts an hour from now so every run of one benchmark sees
     * the payment arrive inside the window.
     */
    static Map<String, Map<String, ObjectNode>> items(Instant now) {
        String updatedAt = now.minus(Duration.ofMinutes(1)).toString();
        String reservedUntil = now.plus(Duration.ofHours(1)).toString();
        ObjectNode vacant = item(Map.of("id", VACANT_APARTMENT, "name", "Harbour view", "status", "VACANT",
                "updatedAt", updatedAt));
        vacant.putObject("version").put("N", "1");
        ObjectNode reserved = item(Map.of("id", RESERVED_APARTMENT, "name", "Old town loft", "status", "RESERVED",
                "bookingId", RESERVED_BOOKING, "reservedUntil", reservedUntil, "updatedAt", updatedAt));
        reserved.putObject("version").put("N", "2");
        ObjectNode booking = item(Map.of("id", RESERVED_BOOKING, "apartmentId", RESERVED_APARTMENT,
                "customerId", "cust-bench", "status", "RESERVED", "requestedAt", updatedAt,
                "reservedUntil", reservedUntil, "updatedAt", updatedAt,
                "executionArn", "arn:aws:states:us-east-1:123456789012:execution:booking:" + RESERVED_BOOKING));
        booking.putObject("paymentWindowSeconds").put("N", "3600");
        return Map.of(
                APARTMENTS_TABLE, Map.of(VACANT_APARTMENT, vacant, RESERVED_APARTMENT, reserved),
                BOOKINGS_TABLE, Map.of(RESERVED_BOOKING, booking));
    }

    private static ObjectNode item(Map<String, String> strings) {
        ObjectNode item = JSON.createObjectNode();
        strings.forEach((name, value) -> item.putObject(name).put("S", value));
        return item;
    }

    /** A sampled trace header, as Lambda gives each invocation when active tracing is on. */
    private static String traceHeader() {
        String random = UUID.randomUUID().toString().replace("-", "");
        return String.format("Root=1-%08x-%s;Parent=%s;Sampled=1",
                Instant.now().getEpochSecond(), random.substring(0, 24), random.substring(16, 32));
    }

    /** A new event id and a signature made now, so the 300 s tolerance holds for every run. */
    static ObjectNode signWebhook(ObjectNode event) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(event.path("body").asText());
            body.put("id", "evt-" + UUID.randomUUID());
            String raw = JSON.writeValueAsString(body);
            long t = Instant.now().getEpochSecond();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String v1 = HexFormat.of().formatHex(mac.doFinal((t + "." + raw).getBytes(StandardCharsets.UTF_8)));
            ObjectNode signed = event.deepCopy();
            signed.put("body", raw);
            ((ObjectNode) signed.path("headers")).put("payment-signature", "t=" + t + ",v1=" + v1);
            ((ObjectNode) signed.path("requestContext")).put("timeEpoch", Instant.now().toEpochMilli());
            return signed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("payment-handler fixture body is not JSON", e);
        }
    }

    private static String reservationProblem(JsonNode reply) {
        if (reply.has("error") || !reply.path("data").isObject()) {
            return "expected the envelope {\"data\": <Booking>}";
        }
        return "REQUESTED".equals(reply.path("data").path("status").asText()) ? null : "expected a REQUESTED booking";
    }

    private static String paymentProblem(JsonNode reply) {
        if (reply.path("statusCode").asInt() != 200) {
            return "expected status 200";
        }
        try {
            String result = JSON.readTree(reply.path("body").asText()).path("result").asText();
            return "ACCEPTED".equals(result) ? null : "expected result ACCEPTED";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "body is not JSON";
        }
    }

    private static String noBatchItemFailures(JsonNode reply) {
        JsonNode failures = reply.path("batchItemFailures");
        return failures.isMissingNode() || failures.isNull() || failures.isEmpty() ? null : "expected no batchItemFailures";
    }
}
