package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The webhook's secret in Secrets Manager, as operators see and rotate it: the function's configuration names the
 * secret and does not hold it, and after a put-secret-value both the old and the new secret verify.
 */
class WebhookSecretTest extends StackTest {

    private static final String ROTATED = "rotated-webhook-secret-0002";
    private static final int WINDOW_SECONDS = 900;
    private static SecretsManagerClient secrets;

    @BeforeAll
    static void openSecretsManager() {
        secrets = LocalStack.configure(SecretsManagerClient.builder(), stack.endpoint).build();
    }

    @AfterAll
    static void closeSecretsManager() {
        secrets.close();
    }

    private static GetFunctionConfigurationResponse webhookConfiguration() {
        return stack.lambda.getFunctionConfiguration(r -> r.functionName(stack.functionName("PaymentWebhookFunction")));
    }

    @Test
    void theFunctionsConfigurationNamesTheSecretAndDoesNotHoldIt() {
        Map<String, String> variables = webhookConfiguration().environment().variables();
        variables.forEach((name, value) -> assertFalse(value.contains(LocalStack.WEBHOOK_SECRET) || value.contains(ROTATED),
                name + " holds the webhook secret"));
        String arn = variables.get("PAYMENT_WEBHOOK_SECRET_ARN");
        assertTrue(arn.matches("arn:aws:secretsmanager:us-east-1:\\d{12}:secret:local/payment-webhook-[A-Za-z0-9]{6}"),
                arn);
        assertEquals(arn, secrets.describeSecret(r -> r.secretId("local/payment-webhook")).arn());
    }

    @Test
    void afterARotationTheOldAndTheNewSecretBothVerify() {
        assertEquals("ACCEPTED", payReservedBooking(LocalStack.WEBHOOK_SECRET).get("result").asText());
        String arn = webhookConfiguration().environment().variables().get("PAYMENT_WEBHOOK_SECRET_ARN");

        secrets.putSecretValue(r -> r.secretId(arn).secretString(ROTATED));

        assertEquals(Map.of(List.of("AWSCURRENT"), 1, List.of("AWSPREVIOUS"), 1), stagesCount(arn));
        assertEquals("ACCEPTED", payReservedBooking(ROTATED).get("result").asText(), "the new secret verifies at once");
        assertEquals("ACCEPTED", payReservedBooking(LocalStack.WEBHOOK_SECRET).get("result").asText(),
                "the previous secret verifies while the provider moves over");
        HttpResponse<String> forged = bookings.postWebhook("{}", Bookings.signature("{}",
                Instant.now().getEpochSecond(), "forged-webhook-secret-000"));
        assertEquals(401, forged.statusCode(), forged.body());
    }

    private static Map<List<String>, Integer> stagesCount(String arn) {
        Map<List<String>, Integer> counts = new HashMap<>();
        secrets.describeSecret(r -> r.secretId(arn)).versionIdsToStages().values()
                .forEach(stages -> counts.merge(stages, 1, Integer::sum));
        return counts;
    }

    /** A booking reserved by the workflow, paid with a request signed with {@code secret}; the webhook's answer. */
    private static JsonNode payReservedBooking(String secret) {
        String apartment = "apt-" + UUID.randomUUID();
        bookings.createApartment(apartment);
        String booking = bookings.requestBooking(apartment, "customer-" + UUID.randomUUID(), WINDOW_SECONDS,
                "token-" + UUID.randomUUID()).path("data").path("id").asText();
        bookings.awaitWaitingForPayment(booking);
        String body = "{\"id\":\"evt-" + booking + "\",\"type\":\"payment.succeeded\",\"data\":{\"bookingId\":\""
                + booking + "\",\"amount\":120.50,\"currency\":\"EUR\"}}";
        HttpResponse<String> answer = bookings.postWebhook(body,
                Bookings.signature(body, Instant.now().getEpochSecond(), secret));
        assertEquals(200, answer.statusCode(), answer.body());
        return Bookings.json(answer.body());
    }
}
