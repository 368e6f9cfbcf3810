package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.runtime.LocalRuntime;
import com.apartmentbooking.local.runtime.RuntimeOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart on the same data directory takes up the resources the template created before (rather than
 * failing on them), keeps the operator's clock, and deploys a workflow definition changed in between.
 */
class RestartTest {

    @Test
    void aRestartKeepsTheDataAndTheClockAndTakesTheChangedWorkflowDefinition(@TempDir Path root) throws Exception {
        Path template = root.resolve("infra/template.yaml");
        Path workflow = root.resolve("workflow/booking.asl.json");
        Files.createDirectories(template.getParent());
        Files.createDirectories(workflow.getParent());
        Files.copy(LocalStack.TEMPLATE, template);
        Files.copy(LocalStack.TEMPLATE.resolveSibling("schema.graphql"), template.resolveSibling("schema.graphql"));
        Files.copy(LocalStack.REPOSITORY.resolve("workflow/booking.asl.json"), workflow);
        for (String module : List.of("reservation-api", "payment-handler", "status-projector")) {
            Path jar = Path.of(module, "target", module + "-lambda.jar");
            Files.createDirectories(root.resolve(jar).getParent());
            Files.copy(LocalStack.REPOSITORY.resolve(jar), root.resolve(jar));
        }
        Path data = root.resolve("data");
        RuntimeOptions options = RuntimeOptions.defaults(template).withPort(0).withDataDirectory(data)
                .withParameter("PaymentWebhookSecret", LocalStack.WEBHOOK_SECRET);

        Instant advancedTo;
        try (LocalRuntime first = LocalRuntime.start(options);
                LocalStack stack = new LocalStack(first.endpoint(), first.template(), () -> { })) {
            new Bookings(stack).createApartment("kept-apartment");
            advancedTo = first.clock().advance(Duration.ofDays(2));
        }
        String changed = Files.readString(workflow).replaceFirst("\"Comment\": \"Booking workflow",
                "\"Comment\": \"Changed between runs. Booking workflow");
        Files.writeString(workflow, changed);

        try (LocalRuntime second = LocalRuntime.start(options);
                LocalStack stack = new LocalStack(second.endpoint(), second.template(), () -> { })) {
            assertEquals("VACANT", new Bookings(stack).apartment("kept-apartment").get("status").s());
            assertFalse(second.clock().now().isBefore(advancedTo), "the clock kept its advance");
            String definition = stack.stepFunctions.describeStateMachine(d -> d.stateMachineArn(
                    stack.stateMachineArn())).definition();
            assertTrue(definition.contains("Changed between runs."), "the changed definition is deployed");
        }
    }
}
