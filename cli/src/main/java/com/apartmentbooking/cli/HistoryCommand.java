package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * {@code history <bookingId>}: the booking's workflow execution (the booking's {@code executionArn}, which the
 * workflow writes when it holds or rejects it) as a readable timeline from Step Functions GetExecutionHistory.
 * {@code history --execution <name|arn>} shows any execution of the workflow, such as a failed one that
 * {@code executions --status FAILED} lists, which no booking may name.
 */
@Command(name = "history", description = "Show the timeline of a booking's workflow execution, or of one execution.")
final class HistoryCommand extends CliCommand {

    @Parameters(paramLabel = "BOOKING_ID", arity = "0..1")
    String bookingId;

    @Option(names = "--execution", paramLabel = "NAME|ARN",
            description = "An execution of the workflow instead of a booking's, by name (as executions lists it) or ARN")
    String executionOption;

    @Override
    int run(Session session, Output output) {
        if ((bookingId == null) == (executionOption == null)) {
            throw new CliFailure(ExitCode.USAGE, "Give a booking id or --execution, not both and not neither");
        }
        JsonNode booking = bookingId == null ? null : Bookings.find(session, bookingId);
        String executionArn = booking == null ? executionArn(session) : booking.path("executionArn").asText(null);
        if (executionArn == null) {
            throw CliFailure.failed("Booking " + bookingId + " is " + booking.path("status").asText()
                    + " and has no workflow execution yet");
        }
        DescribeExecutionResponse execution = session.aws().stepFunctions()
                .describeExecution(r -> r.executionArn(executionArn));
        List<HistoryEvent> events = new ArrayList<>();
        session.aws().stepFunctions()
                .getExecutionHistoryPaginator(r -> r.executionArn(executionArn).maxResults(1000).reverseOrder(false))
                .events().forEach(events::add);
        if (output.json()) {
            output.document(document(execution, events));
            return ExitCode.OK;
        }
        output.line((booking == null ? "" : "Booking " + bookingId + "  " + booking.path("status").asText() + "   ")
                + "execution " + execution.name() + "  " + execution.statusAsString());
        output.line("  " + executionArn);
        Instant start = events.isEmpty() ? null : events.get(0).timestamp();
        for (HistoryEvent event : events) {
            Duration elapsed = Duration.between(start, event.timestamp());
            output.line(String.format(Locale.ROOT, "%-24s %9s  %s", event.timestamp(),
                    "+" + elapsed.toMillis() / 1000 + "." + String.format("%03d", elapsed.toMillis() % 1000) + "s",
                    HistoryEvents.describe(event, HistoryEvents.details(event))));
        }
        if (execution.error() != null) {
            output.line("Failed: " + execution.error() + ": " + execution.cause());
        }
        return ExitCode.OK;
    }

    /** The execution {@code --execution} names: an ARN as given, a name as an execution of the workflow. */
    private String executionArn(Session session) {
        if (executionOption.startsWith("arn:")) {
            return executionOption;
        }
        // An execution's ARN is its state machine's, with "execution" for "stateMachine" and its name appended.
        return session.resources().stateMachineArn().replaceFirst(":stateMachine:", ":execution:") + ":"
                + executionOption;
    }

    private ObjectNode document(DescribeExecutionResponse execution, List<HistoryEvent> events) {
        ObjectNode document = CliJson.object().put("bookingId", bookingId)
                .put("executionArn", execution.executionArn()).put("status", execution.statusAsString())
                .put("startDate", String.valueOf(execution.startDate()))
                .put("stopDate", execution.stopDate() == null ? null : execution.stopDate().toString())
                .put("error", execution.error()).put("cause", execution.cause());
        ArrayNode list = document.putArray("events");
        for (HistoryEvent event : events) {
            Map<String, String> details = HistoryEvents.details(event);
            ObjectNode entry = list.addObject().put("id", event.id()).put("timestamp", event.timestamp().toString())
                    .put("type", event.typeAsString());
            if (event.previousEventId() != null) {
                entry.put("previousEventId", event.previousEventId());
            }
            if (details.containsKey("name")) {
                entry.put("stateName", details.get("name"));
            }
            ObjectNode detailsNode = entry.putObject("details");
            details.forEach(detailsNode::put);
        }
        return document;
    }
}
