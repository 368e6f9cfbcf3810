package com.apartmentbooking.payment;

import com.apartmentbooking.model.settings.RequiredEnvironment;
import java.util.Map;

/**
 * The function's configuration, from the environment infra/template.yaml and Lambda set. The webhook's secret is
 * not part of it, only the ARN of the Secrets Manager secret that holds it.
 */
public record PaymentSettings(String apartmentsTable, String bookingsTable, String paymentsTable,
                              String eventBusName, String region, String webhookSecretArn) {

    /** @throws IllegalStateException naming every required variable that is missing */
    public static PaymentSettings fromEnvironment(Map<String, String> environment) {
        RequiredEnvironment required = new RequiredEnvironment(environment);
        String apartmentsTable = required.value("APARTMENTS_TABLE");
        String bookingsTable = required.value("BOOKINGS_TABLE");
        String paymentsTable = required.value("PAYMENTS_TABLE");
        String eventBusName = required.value("EVENT_BUS_NAME");
        String region = required.value("AWS_REGION");
        String webhookSecretArn = required.value("PAYMENT_WEBHOOK_SECRET_ARN");
        required.throwIfMissing();
        return new PaymentSettings(apartmentsTable, bookingsTable, paymentsTable, eventBusName, region,
                webhookSecretArn);
    }
}
