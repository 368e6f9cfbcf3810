package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code clock}: the runtime's time ({@code GET /_local/clock}); {@code clock advance} moves it forward. */
@Command(name = "clock", description = "Show the runtime's clock; 'clock advance <15m|2h|3d|90s>' moves it forward.",
        subcommands = ClockCommand.Advance.class)
final class ClockCommand extends CliCommand {

    static final String PATH = "/_local/clock";

    @Override
    int run(Session session, Output output) {
        JsonNode clock = fetch(session, session.http().request(endpoint(session, PATH)).GET().build());
        if (output.json()) {
            output.document(clock);
        } else {
            output.line("Runtime clock: " + describe(clock));
        }
        return ExitCode.OK;
    }

    /** {@code clock advance <duration>}: timers due on the way fire, in order, before it answers. */
    @Command(name = "advance", description = "Move the runtime's clock forward; what falls due on the way happens.")
    static final class Advance extends CliCommand {

        @Parameters(paramLabel = "DURATION", converter = Durations.class, description = "e.g. 90s, 15m, 2h, 3d")
        long seconds;

        @Override
        int run(Session session, Output output) {
            HttpRequest request = session.http().request(endpoint(session, PATH + "/advance"))
                    .header("Content-Type", "application/json")
                    .POST(Http.json(CliJson.compact(CliJson.object().put("seconds", seconds))))
                    .build();
            JsonNode clock = fetch(session, request);
            if (output.json()) {
                output.document(clock);
            } else {
                output.line("Advanced by " + Durations.format(seconds) + ": runtime clock " + describe(clock));
            }
            return ExitCode.OK;
        }
    }

    /**
     * The time of the world the target lives in: the runtime's clock locally (which advances move), the real
     * time on AWS. What a payment provider's clock reads in that world, so what its signatures carry.
     */
    static Instant worldTime(Session session) {
        if (session.target().isAws()) {
            return Instant.now();
        }
        JsonNode clock = fetch(session, session.http().request(session.target().endpoint().resolve(PATH)).GET().build());
        return Instant.parse(clock.path("now").asText());
    }

    private static URI endpoint(Session session, String path) {
        if (session.target().isAws()) {
            throw CliFailure.failed("AWS has no clock to advance: the clock is the local runtime's ("
                    + Failures.START_COMMAND + ")");
        }
        return session.target().endpoint().resolve(path);
    }

    private static JsonNode fetch(Session session, HttpRequest request) {
        HttpResponse<String> response = session.http().send(request);
        JsonNode body = CliJson.parseOrNull(response.body());
        if (response.statusCode() == 200 && body != null && body.has("now")) {
            return body;
        }
        if (response.statusCode() == 404 || body == null) {
            throw CliFailure.failed("No runtime clock at " + request.uri() + ": is it the local runtime ("
                    + Failures.START_COMMAND + ")?");
        }
        throw CliFailure.failed("The clock refused: " + body.path("message").asText(CliJson.compact(body)));
    }

    private static String describe(JsonNode clock) {
        double offset = clock.path("offsetSeconds").asDouble();
        String ahead = offset == 0 ? "real time"
                : offset == Math.rint(offset) ? Durations.format((long) offset) + " ahead of real time"
                : offset + "s ahead of real time";
        return clock.path("now").asText() + " (" + ahead + ")";
    }
}
