package com.apartmentbooking.payment;

import java.util.Map;

/** The function's configuration, as infra/template.yaml sets it in the environment. */
record EnvironmentSettings(String apartmentsTable, String bookingsTable, String paymentsTable, String eventBusName,
                           String webhookSecret) {

    /** @throws IllegalStateException naming the first variable that is missing or empty */
    static EnvironmentSettings from(Map<String, String> environment) {
        return new EnvironmentSettings(
                required(environment, "APARTMENTS_TABLE"),
                required(environment, "BOOKINGS_TABLE"),
                required(environment, "PAYMENTS_TABLE"),
                required(environment, "EVENT_BUS_NAME"),
                required(environment, "PAYMENT_WEBHOOK_SECRET"));
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is required");
        }
        return value;
    }

    /** The secret stays out of logs and exception messages. */
    @Override
    public String toString() {
        return "EnvironmentSettings[apartmentsTable=" + apartmentsTable + ", bookingsTable=" + bookingsTable
                + ", paymentsTable=" + paymentsTable + ", eventBusName=" + eventBusName + "]";
    }
}
