package com.apartmentbooking.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The state machine's DefinitionSubstitutions and the ${...} placeholders of workflow/booking.asl.json
 * are the same set: a placeholder without a value would reach Step Functions verbatim, and a value
 * without a placeholder means the definition hard-codes what the template names.
 */
class WorkflowSubstitutionsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    static Set<String> placeholders(String definition) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(definition);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Test
    void placeholdersAreFoundInAnyJsonString() {
        assertEquals(Set.of("ApartmentsTable", "EventBusName"), placeholders(
                "{\"TableName\": \"${ApartmentsTable}\", \"Entries\": [{\"EventBusName\": \"${EventBusName}\"}],"
                        + " \"Output\": \"{% $states.input %}\"}"));
    }

    @Test
    void substitutionsMatchThePlaceholdersOfTheDefinition() throws IOException {
        Map<String, Object> properties = Template.load().properties("BookingWorkflow");
        Path definition = Template.MODULE_DIR.resolve(String.valueOf(properties.get("DefinitionUri"))).normalize();
        assertEquals(Template.REPOSITORY_DIR.resolve("workflow").resolve("booking.asl.json"), definition);
        assertTrue(Files.isRegularFile(definition), definition + " is missing (the workflow module writes it)");

        Set<String> substitutions = Template.map(properties.get("DefinitionSubstitutions"), "DefinitionSubstitutions").keySet();

        assertEquals(Set.of("ApartmentsTable", "BookingsTable", "EventBusName"), substitutions, "the contract's keys");
        assertEquals(new TreeSet<>(substitutions), placeholders(Files.readString(definition)));
    }
}
