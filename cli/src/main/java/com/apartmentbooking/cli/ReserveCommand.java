package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reserve <apartmentId>}: GraphQL's {@code requestBooking}, as a front end sends it. */
@Command(name = "reserve", description = "Request a booking of an apartment; the workflow then reserves or rejects it.")
final class ReserveCommand extends CliCommand {

    @Parameters(paramLabel = "APARTMENT_ID")
    String apartmentId;

    @Option(names = "--customer", defaultValue = "guest", paramLabel = "C",
            description = "The customer's id (default: ${DEFAULT-VALUE})")
    String customer;

    @Option(names = "--window", defaultValue = "15m", converter = Durations.class, paramLabel = "DURATION",
            description = "The payment window: 10s to 1d, e.g. 90s, 15m, 2h (default: ${DEFAULT-VALUE})")
    long windowSeconds;

    @Option(names = "--client-token", paramLabel = "TOKEN",
            description = "Idempotency key: the same customer and token give the same booking (default: a new one)")
    String clientToken;

    @Override
    int run(Session session, Output output) {
        ObjectNode input = CliJson.object()
                .put("apartmentId", apartmentId)
                .put("customerId", customer)
                .put("paymentWindowSeconds", windowSeconds)
                .put("clientToken", clientToken != null ? clientToken : UUID.randomUUID().toString());
        ObjectNode variables = CliJson.object();
        variables.set("input", input);
        JsonNode booking = session.graphQl().execute("mutation Reserve($input: RequestBookingInput!) { "
                + "requestBooking(input: $input) { " + Bookings.FIELDS + " } }", variables).path("requestBooking");
        if (output.json()) {
            output.document(booking);
            return ExitCode.OK;
        }
        String id = booking.path("id").asText();
        output.line("Requested booking " + id + " of " + booking.path("apartmentId").asText() + " for "
                + booking.path("customerId").asText() + ": " + booking.path("status").asText() + " (payment window "
                + Durations.format(booking.path("paymentWindowSeconds").asLong()) + ")");
        output.line("Next: ./booking watch --booking " + id + "   then   ./booking pay " + id);
        return ExitCode.OK;
    }
}
