package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The booking as the GraphQL API gives it, and how the CLI shows one. */
final class Bookings {

    static final String FIELDS = "id apartmentId customerId status requestedAt paymentWindowSeconds reservedUntil "
            + "paidAt executionArn reason";

    static final String QUERY = "query Booking($id: ID!) { booking(id: $id) { " + FIELDS + " } }";

    private Bookings() {
    }

    /** The booking by id through GraphQL; fails (exit 1) when there is none. */
    static JsonNode find(Session session, String id) {
        JsonNode booking = session.graphQl().execute(QUERY, CliJson.object().put("id", id)).path("booking");
        if (booking.isNull() || booking.isMissingNode()) {
            throw CliFailure.failed("No booking " + id);
        }
        return booking;
    }

    /** The booking as labelled lines. */
    static List<String> describe(JsonNode booking) {
        List<String> lines = new ArrayList<>();
        lines.add("Booking " + booking.path("id").asText() + "  " + booking.path("status").asText());
        add(lines, "apartment", booking, "apartmentId");
        add(lines, "customer", booking, "customerId");
        add(lines, "requested", booking, "requestedAt");
        if (booking.path("paymentWindowSeconds").isNumber()) {
            lines.add(String.format("  %-15s %s", "payment window",
                    Durations.format(booking.path("paymentWindowSeconds").asLong())));
        }
        add(lines, "reserved until", booking, "reservedUntil");
        add(lines, "paid", booking, "paidAt");
        add(lines, "reason", booking, "reason");
        add(lines, "execution", booking, "executionArn");
        return lines;
    }

    private static void add(List<String> lines, String label, JsonNode booking, String field) {
        JsonNode value = booking.path(field);
        if (!value.isNull() && !value.isMissingNode()) {
            lines.add(String.format("  %-15s %s", label, value.asText()));
        }
    }
}
