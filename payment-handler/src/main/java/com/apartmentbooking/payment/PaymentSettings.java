package com.apartmentbooking.payment;

import com.apartmentbooking.model.settings.RequiredEnvironment;
import java.util.Map;

/** The function's configuration, from the environment infra/template.yaml and Lambda set. */
public record PaymentSettings(String apartmentsTable, String bookingsTable, String paymentsTable,
                              String eventBusName, String region, String webhookSecret) {

    /** @throws IllegalStateException naming every required variable that is missing */
    public static PaymentSettings fromEnvironment(Map<String, String> environment) {
        RequiredEnvironment required = new RequiredEnvironment(environment);
        String apartmentsTable = required.value("APARTMENTS_TABLE");
        String bookingsTable = required.value("BOOKINGS_TABLE");
        String paymentsTable = required.value("PAYMENTS_TABLE");
        String eventBusName = required.value("EVENT_BUS_NAME");
        String region = required.value("AWS_REGION");
        String webhookSecret = required.value("PAYMENT_WEBHOOK_SECRET");
        required.throwIfMissing();
        return new PaymentSettings(apartmentsTable, bookingsTable, paymentsTable, eventBusName, region, webhookSecret);
    }

    /** The secret stays out of logs and exception messages. */
    @Override
    public String toString() {
        return "PaymentSettings[apartmentsTable=" + apartmentsTable + ", bookingsTable=" + bookingsTable
                + ", paymentsTable=" + paymentsTable + ", eventBusName=" + eventBusName + ", region=" + region + "]";
    }
}
