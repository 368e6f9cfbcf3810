package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ListExecutionsRequest;

/** {@code executions [--status S]}: Step Functions ListExecutions of the booking workflow, newest first. */
@Command(name = "executions", description = "List the booking workflow's executions, newest first.")
final class ExecutionsCommand extends CliCommand {

    /** ListExecutions' statusFilter values. */
    enum Status { RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE }

    @Option(names = "--status", paramLabel = "S",
            description = "RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED or PENDING_REDRIVE")
    Status status;

    @Override
    int run(Session session, Output output) {
        String machine = session.resources().stateMachineArn();
        ListExecutionsRequest.Builder request = ListExecutionsRequest.builder().stateMachineArn(machine).maxResults(1000);
        if (status != null) {
            request.statusFilter(status.name());
        }
        List<ExecutionListItem> executions = new ArrayList<>();
        session.aws().stepFunctions().listExecutionsPaginator(request.build()).executions().forEach(executions::add);
        if (output.json()) {
            ObjectNode document = CliJson.object().put("stateMachineArn", machine);
            ArrayNode list = document.putArray("executions");
            executions.forEach(e -> list.addObject().put("name", e.name()).put("executionArn", e.executionArn())
                    .put("status", e.statusAsString()).put("startDate", text(e.startDate()))
                    .put("stopDate", text(e.stopDate())));
            output.document(document);
            return ExitCode.OK;
        }
        if (executions.isEmpty()) {
            output.line(status == null ? "No executions." : "No " + status + " executions.");
            return ExitCode.OK;
        }
        Table table = new Table("NAME", "STATUS", "STARTED", "STOPPED");
        executions.forEach(e -> table.row(e.name(), e.statusAsString(), text(e.startDate()), text(e.stopDate())));
        table.lines().forEach(output::line);
        return ExitCode.OK;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
