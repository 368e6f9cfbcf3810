package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code watch}: subscribes to the status changes over AppSync's real-time endpoint and prints each as it comes,
 * until Ctrl-C, {@code --count} changes or a change to the {@code --until} status.
 */
@Command(name = "watch", description = "Print apartment and booking status changes as they happen (Ctrl-C stops).")
final class WatchCommand extends CliCommand {

    @Option(names = "--apartment", paramLabel = "ID", description = "Only this apartment's changes")
    String apartmentId;

    @Option(names = "--booking", paramLabel = "ID", description = "Only this booking's changes")
    String bookingId;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N changes")
    Integer count;

    @Option(names = "--until", paramLabel = "STATUS", description = "Stop after a change to this status, e.g. CONFIRMED")
    String until;

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** One subscription: its id on the connection, the change's kind and the field that names what changed. */
    private record Subscription(String id, String kind, String field, String query, ObjectNode variables) {
    }

    @Override
    int run(Session session, Output output) {
        if (count != null && count < 1) {
            throw new CliFailure(ExitCode.USAGE, "--count must be at least 1: " + count);
        }
        List<Subscription> subscriptions = subscriptions();
        StackResources.GraphQlApi api = session.resources().graphQlApi();
        try (RealtimeConnection connection = new RealtimeConnection(session.target(), api.graphqlUrl(),
                api.realtimeUrl(), session.apiKey())) {
            connection.open(session.http());
            for (Subscription subscription : subscriptions) {
                connection.subscribe(subscription.id(), subscription.query(), subscription.variables());
            }
            output.note("Watching " + describe() + " (Ctrl-C to stop)");
            int seen = 0;
            while (true) {
                JsonNode message = connection.nextNotKeepAlive();
                String type = message.path("type").asText();
                if (type.equals("error")) {
                    throw RealtimeConnection.refusal("The subscription failed", message);
                }
                if (type.equals("complete")) {
                    return ExitCode.OK;
                }
                if (!type.equals("data")) {
                    continue;
                }
                Subscription subscription = subscriptions.stream()
                        .filter(s -> s.id().equals(message.path("id").asText())).findFirst().orElse(null);
                if (subscription == null) {
                    continue;
                }
                JsonNode change = message.path("payload").path("data").path(subscription.field());
                if (!change.isObject()) {
                    continue;
                }
                print(output, subscription.kind(), change);
                seen++;
                if (count != null && seen >= count
                        || until != null && until.equalsIgnoreCase(change.path("status").asText())) {
                    return ExitCode.OK;
                }
            }
        }
    }

    private List<Subscription> subscriptions() {
        List<Subscription> subscriptions = new ArrayList<>();
        boolean all = apartmentId == null && bookingId == null;
        if (all || bookingId != null) {
            subscriptions.add(subscription("booking", "onBookingStatusChanged", "bookingId", bookingId,
                    "bookingId apartmentId status updatedAt"));
        }
        if (all || apartmentId != null) {
            subscriptions.add(subscription("apartment", "onApartmentStatusChanged", "apartmentId", apartmentId,
                    "apartmentId status bookingId updatedAt"));
        }
        return subscriptions;
    }

    // Without an id the argument is left out, not sent as null: AppSync filters an explicit null as a value.
    private static Subscription subscription(String kind, String field, String argument, String value,
                                             String selection) {
        ObjectNode variables = CliJson.object();
        String query;
        if (value == null) {
            query = "subscription { " + field + " { " + selection + " } }";
        } else {
            variables.put(argument, value);
            query = "subscription Watch($" + argument + ": ID) { " + field + "(" + argument + ": $" + argument
                    + ") { " + selection + " } }";
        }
        return new Subscription(kind, kind, field, query, variables);
    }

    private void print(Output output, String kind, JsonNode change) {
        if (output.json()) {
            ObjectNode line = CliJson.object().put("kind", kind);
            line.setAll((ObjectNode) change);
            output.document(line);
            return;
        }
        String subject = kind.equals("booking") ? change.path("bookingId").asText() : change.path("apartmentId").asText();
        String other = kind.equals("booking") ? "apartment " + change.path("apartmentId").asText()
                : change.hasNonNull("bookingId") ? "booking " + change.path("bookingId").asText() : "";
        output.line(String.format(Locale.ROOT, "%-24s %-9s %-32s %-9s %s", time(change.path("updatedAt").asText(null)),
                kind, subject, change.path("status").asText(), other).stripTrailing());
    }

    /** The change's time to the millisecond, so that the columns line up; as given when it is not a time. */
    private static String time(String text) {
        if (text == null) {
            return "-";
        }
        try {
            return MILLIS.format(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private String describe() {
        List<String> what = new ArrayList<>();
        if (bookingId != null) {
            what.add("booking " + bookingId);
        }
        if (apartmentId != null) {
            what.add("apartment " + apartmentId);
        }
        return what.isEmpty() ? "all apartments and bookings" : String.join(" and ", what);
    }
}
