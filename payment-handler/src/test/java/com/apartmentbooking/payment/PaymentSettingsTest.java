package com.apartmentbooking.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.apartmentbooking.payment.aws.AwsWiring;
import com.apartmentbooking.payment.aws.SecretsManagerWebhookSecrets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentSettingsTest {

    private static final String ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stack/payment-webhook-AbC123";

    private static Map<String, String> complete() {
        Map<String, String> environment = new HashMap<>();
        environment.put("APARTMENTS_TABLE", "Apartments");
        environment.put("BOOKINGS_TABLE", "Bookings");
        environment.put("PAYMENTS_TABLE", "Payments");
        environment.put("EVENT_BUS_NAME", "booking");
        environment.put("AWS_REGION", "eu-west-1");
        environment.put("PAYMENT_WEBHOOK_SECRET_ARN", ARN);
        return environment;
    }

    @Test
    void readsEveryVariable() {
        assertEquals(new PaymentSettings("Apartments", "Bookings", "Payments", "booking", "eu-west-1", ARN),
                PaymentSettings.fromEnvironment(complete()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"APARTMENTS_TABLE", "BOOKINGS_TABLE", "PAYMENTS_TABLE", "EVENT_BUS_NAME", "AWS_REGION",
        "PAYMENT_WEBHOOK_SECRET_ARN"})
    void missingOrEmptyVariableIsNamed(String name) {
        Map<String, String> missing = complete();
        missing.remove(name);
        Map<String, String> empty = complete();
        empty.put(name, "");

        assertEquals("missing environment variable(s): " + name,
                assertThrows(IllegalStateException.class, () -> PaymentSettings.fromEnvironment(missing)).getMessage());
        assertEquals("missing environment variable(s): " + name,
                assertThrows(IllegalStateException.class, () -> PaymentSettings.fromEnvironment(empty)).getMessage());
    }

    @Test
    void lambdaConstructorFailsWithoutConfiguration() {
        assumeTrue(System.getenv("APARTMENTS_TABLE") == null, "the test environment configures no tables");

        IllegalStateException e = assertThrows(IllegalStateException.class, FunctionUrlAcceptPaymentHandler::new);
        assertTrue(e.getMessage().startsWith("missing environment variable(s): APARTMENTS_TABLE"), e.getMessage());
    }

    @Test
    void theWiringBuildsFromACompleteEnvironmentWithoutCallingAws() {
        AwsWiring wiring = new AwsWiring(PaymentSettings.fromEnvironment(complete()));
        assertTrue(wiring.paymentService(Clock.systemUTC()) instanceof PaymentService);
        assertTrue(wiring.webhookSecrets() instanceof SecretsManagerWebhookSecrets);
    }
}
