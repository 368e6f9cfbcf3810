package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineStatus;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResultCode;
import software.amazon.awssdk.services.sfn.model.ValidationException;

class StateMachineApiTest {
    static final String PASS = """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""";
    static final String OTHER = """
            {"StartAt": "Q", "States": {"Q": {"Type": "Succeed"}}}""";

    private final StatesRuntime runtime = new StatesRuntime();

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void createsAndDescribesAStateMachine() {
        CreateStateMachineResponse created = runtime.sfn.createStateMachine(b -> b.name("Booking").definition(PASS)
                .roleArn(StatesRuntime.ROLE));
        assertEquals("arn:aws:states:us-east-1:000000000000:stateMachine:Booking", created.stateMachineArn());
        assertEquals(StatesRuntime.START, created.creationDate());

        DescribeStateMachineResponse described = runtime.sfn.describeStateMachine(b -> b.stateMachineArn(
                created.stateMachineArn()));
        assertEquals("Booking", described.name());
        assertEquals(PASS, described.definition());
        assertEquals(StatesRuntime.ROLE, described.roleArn());
        assertEquals(StateMachineType.STANDARD, described.type());
        assertEquals(StateMachineStatus.ACTIVE, described.status());
        assertEquals(StatesRuntime.START, described.creationDate());
    }

    @Test
    void creatingTheSameMachineAgainReturnsTheExistingOne() {
        String arn = runtime.createMachine("Booking", PASS);
        runtime.clock.advance(java.time.Duration.ofMinutes(1));

        CreateStateMachineResponse again = runtime.sfn.createStateMachine(b -> b.name("Booking").definition(PASS)
                .roleArn("arn:aws:iam::000000000000:role/Other"));

        assertEquals(arn, again.stateMachineArn());
        assertEquals(StatesRuntime.START, again.creationDate());
        assertEquals(StatesRuntime.ROLE, runtime.sfn.describeStateMachine(b -> b.stateMachineArn(arn)).roleArn());
        StateMachineAlreadyExistsException exists = assertThrows(StateMachineAlreadyExistsException.class,
                () -> runtime.createMachine("Booking", OTHER));
        assertEquals("State Machine Already Exists: '" + arn + "'", exists.awsErrorDetails().errorMessage());
    }

    @Test
    void refusesInvalidDefinitionsNamesAndRoles() {
        InvalidDefinitionException invalid = assertThrows(InvalidDefinitionException.class,
                () -> runtime.createMachine("Bad", "{\"StartAt\": \"Nowhere\", \"States\": {}}"));
        assertTrue(invalid.awsErrorDetails().errorMessage().startsWith("Invalid State Machine Definition: '"),
                invalid.awsErrorDetails().errorMessage());
        assertThrows(InvalidDefinitionException.class, () -> runtime.createMachine("Bad", "not json"));
        assertThrows(InvalidNameException.class, () -> runtime.createMachine("has space", PASS));
        assertThrows(InvalidArnException.class, () -> runtime.sfn.createStateMachine(b -> b.name("Role")
                .definition(PASS).roleArn("not-an-arn")));
        assertThrows(ValidationException.class, () -> runtime.sfn.createStateMachine(b -> b.name("NoRole")
                .definition(PASS)));
        assertEquals(List.of(), runtime.sfn.listStateMachines(b -> { }).stateMachines());
    }

    @Test
    void listsStateMachinesInPages() {
        for (String name : List.of("c", "a", "e", "b", "d")) {
            runtime.createMachine(name, PASS);
        }
        List<String> names = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            ListStateMachinesResponse page = runtime.sfn.listStateMachines(b -> b.maxResults(2).nextToken(next));
            page.stateMachines().forEach(machine -> names.add(machine.name()));
            token = page.nextToken();
            pages++;
        } while (token != null);

        assertEquals(List.of("a", "b", "c", "d", "e"), names);
        assertEquals(3, pages);
        assertThrows(ValidationException.class, () -> runtime.sfn.listStateMachines(b -> b.maxResults(1001)));
    }

    @Test
    void updatesAndDeletesAStateMachine() {
        String arn = runtime.createMachine("Booking", PASS);
        runtime.clock.advance(java.time.Duration.ofSeconds(30));

        UpdateStateMachineResponse updated = runtime.sfn.updateStateMachine(b -> b.stateMachineArn(arn)
                .definition(OTHER));
        assertEquals(StatesRuntime.START.plusSeconds(30), updated.updateDate());
        assertNotNull(updated.revisionId());
        DescribeStateMachineResponse described = runtime.sfn.describeStateMachine(b -> b.stateMachineArn(arn));
        assertEquals(OTHER, described.definition());
        assertEquals(updated.revisionId(), described.revisionId());
        String secondRevision = runtime.sfn.updateStateMachine(b -> b.stateMachineArn(arn)
                .roleArn("arn:aws:iam::000000000000:role/Other")).revisionId();
        assertNotEquals(updated.revisionId(), secondRevision);
        assertThrows(InvalidDefinitionException.class, () -> runtime.sfn.updateStateMachine(b -> b.stateMachineArn(arn)
                .definition("{}")));
        assertEquals(OTHER, runtime.sfn.describeStateMachine(b -> b.stateMachineArn(arn)).definition());

        runtime.sfn.deleteStateMachine(b -> b.stateMachineArn(arn));

        assertThrows(StateMachineDoesNotExistException.class,
                () -> runtime.sfn.describeStateMachine(b -> b.stateMachineArn(arn)));
        assertThrows(StateMachineDoesNotExistException.class, () -> runtime.sfn.updateStateMachine(b -> b
                .stateMachineArn(arn).definition(PASS)));
        assertThrows(InvalidArnException.class, () -> runtime.sfn.describeStateMachine(b -> b.stateMachineArn(
                "arn:aws:states:us-east-1:000000000000:execution:Booking:x")));
    }

    @Test
    void validatesDefinitions() {
        ValidateStateMachineDefinitionResponse ok = runtime.sfn.validateStateMachineDefinition(b -> b.definition(PASS));
        assertEquals(ValidateStateMachineDefinitionResultCode.OK, ok.result());
        assertEquals(List.of(), ok.diagnostics());

        ValidateStateMachineDefinitionResponse failed = runtime.sfn.validateStateMachineDefinition(b -> b.definition("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Next": "Missing"}}}"""));
        assertEquals(ValidateStateMachineDefinitionResultCode.FAIL, failed.result());
        assertEquals("MISSING_TRANSITION_TARGET", failed.diagnostics().get(0).code());
        assertEquals("/States/P/Next", failed.diagnostics().get(0).location());
        assertNull(runtime.sfn.listStateMachines(b -> { }).nextToken());
    }
}
