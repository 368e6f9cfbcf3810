package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.states.StatesRuntime;
import com.apartmentbooking.local.template.StateMachineSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;

/**
 * The template's state machines at each start: created on the first, left exactly as they are while the template
 * has them unchanged, and updated when its definition or role changed, as Step Functions shows them.
 */
class TemplateStateMachineProvisioningTest {

    private static final String ARN = "arn:aws:states:" + StatesRuntime.REGION + ":" + StatesRuntime.ACCOUNT
            + ":stateMachine:local-Flow";
    private static final String ROLE = "arn:aws:iam::" + StatesRuntime.ACCOUNT + ":role/local-FlowRole";
    private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
    private static final String SUCCEED = "{\"StartAt\":\"S\",\"States\":{\"S\":{\"Type\":\"Succeed\"}}}";

    private final StatesRuntime runtime = new StatesRuntime();
    private final TemplateProvisioner provisioner = new TemplateProvisioner(StatesRuntime.REGION,
            new FunctionJars(runtime.store, Clock.systemUTC()));

    @AfterEach
    void stop() {
        runtime.close();
    }

    @Test
    void theMachineIsCreatedThenLeftAsItIsWhileTheTemplateKeepsIt() {
        provision(PASS, ROLE);
        DescribeStateMachineResponse created = describe();
        assertEquals(PASS, created.definition());
        assertEquals(ROLE, created.roleArn());
        assertEquals("STANDARD", created.typeAsString());

        runtime.clock.advance(Duration.ofMinutes(5));
        provision(PASS, ROLE);

        assertEquals(shown(created), shown(describe()));
    }

    @Test
    void aChangedDefinitionOrRoleUpdatesTheMachine() {
        provision(PASS, ROLE);
        runtime.clock.advance(Duration.ofMinutes(5));

        provision(SUCCEED, ROLE);
        DescribeStateMachineResponse redefined = describe();
        assertEquals(SUCCEED, redefined.definition());
        assertNotNull(redefined.revisionId());

        String otherRole = ROLE + "2";
        provision(SUCCEED, otherRole);
        assertEquals(otherRole, describe().roleArn());
        assertEquals(SUCCEED, describe().definition());
    }

    @Test
    void anInvalidChangedDefinitionIsRefusedAndTheMachineKeepsItsOwn() {
        provision(PASS, ROLE);
        DescribeStateMachineResponse before = describe();
        assertNull(before.revisionId());

        AwsServiceException refused = assertThrows(AwsServiceException.class,
                () -> provision("{\"StartAt\":\"Missing\",\"States\":{}}", ROLE));

        assertEquals("InvalidDefinition", refused.code());
        assertEquals(shown(before), shown(describe()));
    }

    private void provision(String definition, String roleArn) {
        provisioner.stateMachine(runtime.states.protocol(),
                new StateMachineSpec("Flow", "local-Flow", ARN, "STANDARD", definition, List.of()), roleArn);
    }

    /** What DescribeStateMachine shows of the machine, without the response's own metadata. */
    private static List<Object> shown(DescribeStateMachineResponse machine) {
        return Arrays.asList(machine.definition(), machine.roleArn(), machine.typeAsString(), machine.creationDate(),
                machine.revisionId());
    }

    private DescribeStateMachineResponse describe() {
        return runtime.sfn.describeStateMachine(d -> d.stateMachineArn(ARN));
    }
}
