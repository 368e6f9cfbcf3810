package com.apartmentbooking.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The template against AWS's SAM schema (test resource schemas/sam.schema.json, draft 4; its README says where
 * it comes from). The schema
 * checks SAM resources strictly (unknown properties, event types) and lets plain CloudFormation
 * resources through unchecked; the other tests in this package cover those.
 */
class SamSchemaValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema samSchema;

    @BeforeAll
    static void loadSamSchema() throws IOException {
        try (InputStream in = SamSchemaValidationTest.class.getResourceAsStream("/schemas/sam.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("no schemas/sam.schema.json on the test class path");
            }
            samSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
        }
    }

    /**
     * The validator parses into its own Jackson 3 tree; handing it JSON text keeps this module on the
     * one Jackson API the rest of the project uses.
     */
    private static List<Error> validate(Map<String, Object> template) throws JsonProcessingException {
        return samSchema.validate(JSON.writeValueAsString(template), InputFormat.JSON);
    }

    /** One anyOf/oneOf alternative an error came from: where it was chosen, and which branch. */
    private record Choice(String point, String branch) {
    }

    /**
     * The anyOf/oneOf alternatives an error went through, read off its evaluation path. A point is the
     * schema position plus the instance it applied to, found by counting the path steps that descend
     * into the instance (properties/NAME, additionalProperties, items).
     */
    private static List<Choice> choices(Error error) {
        NodePath evaluation = error.getEvaluationPath();
        NodePath instance = error.getInstanceLocation();
        List<Choice> choices = new ArrayList<>();
        StringBuilder schemaPosition = new StringBuilder();
        int descended = 0;
        for (int i = 0; i < evaluation.getNameCount(); i++) {
            String step = evaluation.getName(i);
            schemaPosition.append('/').append(step);
            switch (step) {
                case "properties", "patternProperties" -> {
                    descended++;
                    i++;
                    schemaPosition.append('/').append(evaluation.getName(i));
                }
                case "additionalProperties", "items" -> descended++;
                case "anyOf", "oneOf" -> {
                    i++;
                    StringBuilder at = new StringBuilder(schemaPosition).append(" at ");
                    for (int n = 0; n < Math.min(descended, instance.getNameCount()); n++) {
                        at.append('/').append(instance.getName(n));
                    }
                    choices.add(new Choice(at.toString(), evaluation.getName(i)));
                    schemaPosition.append('/').append(evaluation.getName(i));
                }
                default -> {
                    // $ref, allOf/N and the like do not move into the instance.
                }
            }
        }
        return choices;
    }

    /**
     * The errors that say what is wrong. Every alternative of an anyOf reports its own mismatches, so a
     * misspelt function property also yields errors from the state machine, API, ... alternatives, some
     * of them deeper than the real one. An alternative whose Type does not match the instance's Type is
     * dropped, unless no alternative matches (then the Type itself is the error and all are kept).
     */
    static List<Error> relevant(List<Error> errors) {
        Map<String, Set<String>> wrongType = new HashMap<>();
        Map<String, Set<String>> branches = new HashMap<>();
        for (Error error : errors) {
            NodePath instance = error.getInstanceLocation();
            boolean typeMismatch = instance.getNameCount() > 0
                    && "Type".equals(instance.getName(instance.getNameCount() - 1))
                    && Set.of("enum", "pattern").contains(error.getKeyword());
            for (Choice choice : choices(error)) {
                branches.computeIfAbsent(choice.point(), p -> new HashSet<>()).add(choice.branch());
                if (typeMismatch && choice.point().endsWith(" at " + instance.getParent())) {
                    wrongType.computeIfAbsent(choice.point(), p -> new HashSet<>()).add(choice.branch());
                }
            }
        }
        return errors.stream().filter(error -> choices(error).stream().noneMatch(choice -> {
            Set<String> wrong = wrongType.getOrDefault(choice.point(), Set.of());
            return wrong.contains(choice.branch()) && !wrong.containsAll(branches.get(choice.point()));
        })).toList();
    }

    private static String describe(List<Error> errors) {
        return relevant(errors).stream()
                .sorted(Comparator.comparingInt((Error e) -> -e.getInstanceLocation().getNameCount()))
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .distinct()
                .collect(Collectors.joining("\n  ", errors.size() + " errors; the relevant ones, deepest first:\n  ", ""));
    }

    @Test
    void templateValidatesAgainstTheSamSchema() throws JsonProcessingException {
        List<Error> errors = validate(Template.load().root());
        assertTrue(errors.isEmpty(), () -> describe(errors));
    }

    @Test
    void misspeltFunctionPropertyIsAnError() throws JsonProcessingException {
        Template template = Template.load();
        Map<String, Object> properties = template.properties("ReservationApiFunction");
        properties.put("Handlr", properties.remove("Handler"));

        List<Error> errors = validate(template.root());

        assertFalse(errors.isEmpty(), "a misspelt property must not validate");
        // Of the errors every anyOf alternative reports, only the function's own one is relevant.
        List<Error> relevant = relevant(errors);
        assertTrue(errors.size() > 1, "the other resource types' alternatives report mismatches too");
        assertEquals(1, relevant.size(), () -> describe(errors));
        assertTrue(relevant.get(0).getMessage().contains("Handlr"), () -> describe(errors));
    }

    @Test
    void unknownEventTypeIsAnError() throws JsonProcessingException {
        Template template = Template.load();
        Map<String, Object> events = Template.map(template.properties("BookingWorkflow").get("Events"), "Events");
        Template.map(events.get("BookingRequested"), "BookingRequested").put("Type", "EventBridgeRul");

        List<Error> errors = validate(template.root());

        assertFalse(errors.isEmpty(), "an unknown event type must not validate");
        assertTrue(relevant(errors).stream().anyMatch(e -> e.getInstanceLocation().toString()
                .endsWith("/Events/BookingRequested/Type")), () -> describe(errors));
    }

    @Test
    void resourceWithoutTypeIsAnError() throws JsonProcessingException {
        Template template = Template.load();
        template.resource("BookingBus").remove("Type");

        List<Error> errors = validate(template.root());

        assertFalse(errors.isEmpty(), "a resource without Type must not validate");
        assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().contains("BookingBus")),
                () -> describe(errors));
    }
}
