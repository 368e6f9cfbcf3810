package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code apartments [--status S]}: every apartment (all pages), through GraphQL's {@code apartments}, by id. */
@Command(name = "apartments", description = "List the apartments, optionally only those with a status.")
final class ApartmentsCommand extends CliCommand {

    enum Status { VACANT, RESERVED, PAID }

    private static final String QUERY = "query Apartments($status: ApartmentStatus, $nextToken: String) { "
            + "apartments(status: $status, nextToken: $nextToken) { items { id name status bookingId reservedUntil "
            + "updatedAt } nextToken } }";

    @Option(names = "--status", paramLabel = "S", description = "VACANT, RESERVED or PAID")
    Status status;

    @Override
    int run(Session session, Output output) {
        ArrayNode apartments = CliJson.MAPPER.createArrayNode();
        String nextToken = null;
        do {
            ObjectNode variables = CliJson.object();
            if (status != null) {
                variables.put("status", status.name());
            }
            if (nextToken != null) {
                variables.put("nextToken", nextToken);
            }
            JsonNode page = session.graphQl().execute(QUERY, variables).path("apartments");
            page.path("items").forEach(apartments::add);
            nextToken = page.path("nextToken").isTextual() ? page.get("nextToken").asText() : null;
        } while (nextToken != null);
        // The API pages through the table in DynamoDB's order (a hash of the key); people read a list by id.
        List<JsonNode> sorted = new ArrayList<>();
        apartments.forEach(sorted::add);
        sorted.sort(Comparator.comparing(apartment -> apartment.path("id").asText()));
        apartments.removeAll();
        apartments.addAll(sorted);
        if (output.json()) {
            ObjectNode document = CliJson.object();
            document.set("apartments", apartments);
            output.document(document);
            return ExitCode.OK;
        }
        if (apartments.isEmpty()) {
            output.line(status == null ? "No apartments." : "No " + status + " apartments.");
            return ExitCode.OK;
        }
        Table table = new Table("ID", "NAME", "STATUS", "BOOKING", "RESERVED UNTIL");
        apartments.forEach(a -> table.row(a.path("id").asText(), a.path("name").asText(""),
                a.path("status").asText(), a.path("bookingId").asText(""), a.path("reservedUntil").asText("")));
        table.lines().forEach(output::line);
        return ExitCode.OK;
    }
}
