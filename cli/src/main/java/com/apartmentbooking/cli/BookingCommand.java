package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code booking <id>}: one booking, through GraphQL's {@code booking}. */
@Command(name = "booking", description = "Show one booking.")
final class BookingCommand extends CliCommand {

    @Parameters(paramLabel = "BOOKING_ID")
    String id;

    @Override
    int run(Session session, Output output) {
        JsonNode booking = Bookings.find(session, id);
        if (output.json()) {
            output.document(booking);
        } else {
            Bookings.describe(booking).forEach(output::line);
        }
        return ExitCode.OK;
    }
}
