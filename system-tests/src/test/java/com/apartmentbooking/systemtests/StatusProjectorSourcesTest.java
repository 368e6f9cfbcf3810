package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.EventSourceMappingConfiguration;

/** The status projector reads the streams the tables really have, as {@code Fn::GetAtt <Table>.StreamArn} gives. */
class StatusProjectorSourcesTest extends StackTest {

    @Test
    void theProjectorsMappingsReadTheTablesLatestStreams() {
        String projector = stack.template.function("StatusProjectorFunction").functionName();
        List<EventSourceMappingConfiguration> mappings = stack.lambda
                .listEventSourceMappings(r -> r.functionName(projector)).eventSourceMappings();

        Set<String> streams = List.of("ApartmentsTable", "BookingsTable").stream()
                .map(table -> stack.dynamoDb.describeTable(r -> r.tableName(stack.tableName(table)))
                        .table().latestStreamArn())
                .collect(Collectors.toSet());
        assertEquals(streams, mappings.stream().map(EventSourceMappingConfiguration::eventSourceArn)
                .collect(Collectors.toSet()));
    }
}
