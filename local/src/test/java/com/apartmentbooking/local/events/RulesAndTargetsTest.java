package com.apartmentbooking.local.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.model.DescribeRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.InvalidEventPatternException;
import software.amazon.awssdk.services.eventbridge.model.LimitExceededException;
import software.amazon.awssdk.services.eventbridge.model.ListRulesResponse;
import software.amazon.awssdk.services.eventbridge.model.PutTargetsResponse;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.Rule;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.eventbridge.model.Target;

/** PutRule, DescribeRule, ListRules, EnableRule, DisableRule, DeleteRule and the target operations over the wire. */
class RulesAndTargetsTest {

    private static final String PATTERN = "{\"source\":[\"booking\"]}";
    private static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:q";

    private final EventsRuntime runtime = EventsRuntime.inMemory(null);

    @AfterEach
    void close() {
        runtime.close();
    }

    private String errorCode(Runnable call) {
        return assertThrows(EventBridgeException.class, call::run).awsErrorDetails().errorCode();
    }

    @Test
    void aRuleIsCreatedUpdatedDescribedAndDeleted() {
        String arn = runtime.eventBridge().putRule(r -> r.name("requested").eventPattern(PATTERN).description("first")).ruleArn();
        assertEquals("arn:aws:events:us-east-1:000000000000:rule/requested", arn);
        DescribeRuleResponse rule = runtime.eventBridge().describeRule(r -> r.name("requested"));
        assertEquals(arn, rule.arn());
        assertEquals(PATTERN, rule.eventPattern());
        assertEquals(RuleState.ENABLED, rule.state());
        assertEquals("first", rule.description());
        assertEquals("default", rule.eventBusName());
        assertEquals(EventsRuntime.ACCOUNT, rule.createdBy());

        String updated = runtime.eventBridge().putRule(r -> r.name("requested").eventPattern("{\"source\":[\"other\"]}")
                .state(RuleState.DISABLED)).ruleArn();
        assertEquals(arn, updated);
        DescribeRuleResponse after = runtime.eventBridge().describeRule(r -> r.name("requested"));
        assertEquals("{\"source\":[\"other\"]}", after.eventPattern());
        assertEquals(RuleState.DISABLED, after.state());
        assertNull(after.description());

        runtime.eventBridge().enableRule(r -> r.name("requested"));
        assertEquals(RuleState.ENABLED, runtime.eventBridge().describeRule(r -> r.name("requested")).state());
        runtime.eventBridge().disableRule(r -> r.name("requested"));
        assertEquals(RuleState.DISABLED, runtime.eventBridge().describeRule(r -> r.name("requested")).state());

        runtime.eventBridge().deleteRule(r -> r.name("requested"));
        ResourceNotFoundException gone = assertThrows(ResourceNotFoundException.class,
                () -> runtime.eventBridge().describeRule(r -> r.name("requested")));
        assertEquals("Rule requested does not exist on EventBus default.", gone.awsErrorDetails().errorMessage());
        runtime.eventBridge().deleteRule(r -> r.name("requested"));
    }

    @Test
    void rulesOfACustomBusHaveTheirOwnArnsAndNames() {
        runtime.eventBridge().createEventBus(r -> r.name("booking"));
        String arn = runtime.eventBridge().putRule(r -> r.name("requested").eventBusName("booking").eventPattern(PATTERN)).ruleArn();
        assertEquals("arn:aws:events:us-east-1:000000000000:rule/booking/requested", arn);
        assertEquals("booking", runtime.eventBridge().describeRule(r -> r.name("requested")
                .eventBusName("arn:aws:events:us-east-1:000000000000:event-bus/booking")).eventBusName());
        assertThrows(ResourceNotFoundException.class, () -> runtime.eventBridge().describeRule(r -> r.name("requested")));
        ResourceNotFoundException noBus = assertThrows(ResourceNotFoundException.class,
                () -> runtime.eventBridge().putRule(r -> r.name("x").eventBusName("nowhere").eventPattern(PATTERN)));
        assertEquals("Event bus nowhere does not exist.", noBus.awsErrorDetails().errorMessage());
    }

    @Test
    void badRulesAreRefusedAndChangeNothing() {
        InvalidEventPatternException pattern = assertThrows(InvalidEventPatternException.class,
                () -> runtime.eventBridge().putRule(r -> r.name("bad").eventPattern("{\"source\":\"booking\"}")));
        assertTrue(pattern.awsErrorDetails().errorMessage().startsWith("Event pattern is not valid. Reason: "));
        assertEquals("ValidationException", errorCode(() -> runtime.eventBridge().putRule(r -> r.name("bad"))));
        assertEquals("ValidationException", errorCode(() -> runtime.eventBridge().putRule(r -> r.name("bad")
                .scheduleExpression("rate(5 minutes)"))));
        assertEquals("ValidationException", errorCode(() -> runtime.eventBridge().putRule(r -> r.name("bad name")
                .eventPattern(PATTERN))));
        assertEquals(0, runtime.eventBridge().listRules(r -> { }).rules().size());
        assertThrows(ResourceNotFoundException.class, () -> runtime.eventBridge().enableRule(r -> r.name("missing")));
        assertThrows(ResourceNotFoundException.class, () -> runtime.eventBridge().disableRule(r -> r.name("missing")));
    }

    @Test
    void rulesAreListedByPrefixAndPaged() {
        for (String name : List.of("a1", "a2", "a3", "b1")) {
            runtime.eventBridge().putRule(r -> r.name(name).eventPattern(PATTERN));
        }
        assertEquals(List.of("a1", "a2", "a3"), names(runtime.eventBridge().listRules(r -> r.namePrefix("a"))));
        ListRulesResponse first = runtime.eventBridge().listRules(r -> r.limit(3));
        assertEquals(List.of("a1", "a2", "a3"), names(first));
        ListRulesResponse second = runtime.eventBridge().listRules(r -> r.limit(3).nextToken(first.nextToken()));
        assertEquals(List.of("b1"), names(second));
        assertNull(second.nextToken());
        assertEquals(PATTERN, second.rules().get(0).eventPattern());
    }

    private static List<String> names(ListRulesResponse response) {
        return response.rules().stream().map(Rule::name).toList();
    }

    @Test
    void targetsArePutUpdatedListedAndRemoved() {
        runtime.eventBridge().putRule(r -> r.name("requested").eventPattern(PATTERN));
        PutTargetsResponse put = runtime.eventBridge().putTargets(r -> r.rule("requested").targets(
                t -> t.id("one").arn(QUEUE).inputPath("$.detail"),
                t -> t.id("two").arn(QUEUE).retryPolicy(p -> p.maximumRetryAttempts(2)).deadLetterConfig(d -> d.arn(QUEUE))));
        assertEquals(0, put.failedEntryCount());
        assertEquals(List.of(), put.failedEntries());

        runtime.eventBridge().putTargets(r -> r.rule("requested").targets(t -> t.id("one").arn(QUEUE).input("{\"a\":1}")));
        List<Target> targets = runtime.eventBridge().listTargetsByRule(r -> r.rule("requested")).targets();
        assertEquals(2, targets.size());
        assertEquals("one", targets.get(0).id());
        assertEquals("{\"a\":1}", targets.get(0).input());
        assertNull(targets.get(0).inputPath());
        assertNull(targets.get(0).retryPolicy());
        assertEquals(2, targets.get(1).retryPolicy().maximumRetryAttempts());
        assertEquals(86400, targets.get(1).retryPolicy().maximumEventAgeInSeconds());
        assertEquals(QUEUE, targets.get(1).deadLetterConfig().arn());

        EventBridgeException hasTargets = assertThrows(EventBridgeException.class,
                () -> runtime.eventBridge().deleteRule(r -> r.name("requested")));
        assertEquals("ValidationException", hasTargets.awsErrorDetails().errorCode());
        assertEquals("Rule can't be deleted since it has targets.", hasTargets.awsErrorDetails().errorMessage());

        assertEquals(0, runtime.eventBridge().removeTargets(r -> r.rule("requested").ids("one", "two")).failedEntryCount());
        assertEquals(0, runtime.eventBridge().listTargetsByRule(r -> r.rule("requested")).targets().size());
        runtime.eventBridge().deleteRule(r -> r.name("requested"));
    }

    @Test
    void badTargetsAreRefusedAndChangeNothing() {
        runtime.eventBridge().putRule(r -> r.name("requested").eventPattern(PATTERN));
        ResourceNotFoundException noRule = assertThrows(ResourceNotFoundException.class,
                () -> runtime.eventBridge().putTargets(r -> r.rule("missing").targets(t -> t.id("one").arn(QUEUE))));
        assertEquals("Rule missing does not exist on EventBus default.", noRule.awsErrorDetails().errorMessage());
        assertThrows(ResourceNotFoundException.class, () -> runtime.eventBridge().listTargetsByRule(r -> r.rule("missing")));
        assertThrows(ResourceNotFoundException.class, () -> runtime.eventBridge().removeTargets(r -> r.rule("missing").ids("one")));

        EventBridgeException retries = assertThrows(EventBridgeException.class, () -> runtime.eventBridge().putTargets(r -> r
                .rule("requested").targets(t -> t.id("ok").arn(QUEUE), t -> t.id("one").arn(QUEUE)
                        .retryPolicy(p -> p.maximumRetryAttempts(186)))));
        assertEquals("ValidationException", retries.awsErrorDetails().errorCode());
        assertEquals("1 validation error detected: Value '186' at 'targets.2.member.retryPolicy.maximumRetryAttempts'"
                + " failed to satisfy constraint: Member must have value less than or equal to 185",
                retries.awsErrorDetails().errorMessage());
        assertEquals("ValidationException", errorCode(() -> runtime.eventBridge().putTargets(r -> r.rule("requested")
                .targets(t -> t.id("one").arn(QUEUE).retryPolicy(p -> p.maximumEventAgeInSeconds(59))))));
        assertEquals("ValidationException", errorCode(() -> runtime.eventBridge().putTargets(r -> r.rule("requested")
                .targets(t -> t.id("one").arn(QUEUE).input("{}").inputPath("$.detail")))));
        assertEquals("ValidationException", errorCode(() -> runtime.eventBridge().putTargets(r -> r.rule("requested")
                .targets(t -> t.id("one").arn(QUEUE).input("{not json")))));
        assertEquals("ValidationException", errorCode(() -> runtime.eventBridge().putTargets(r -> r.rule("requested")
                .targets(t -> t.id("bad id").arn(QUEUE)))));
        assertEquals(0, runtime.eventBridge().listTargetsByRule(r -> r.rule("requested")).targets().size());
    }

    @Test
    void inProcessCallsCanRepeatPutRuleAndPutTargets() throws Exception {
        EventsProtocol protocol = runtime.events().protocol();
        ObjectMapper json = new ObjectMapper();
        RequestContext ctx = RequestContext.internal(EventsRuntime.REGION);
        protocol.handle("CreateEventBus", json.readTree("{\"Name\":\"booking\"}"), ctx);
        for (int i = 0; i < 2; i++) {
            JsonNode rule = protocol.handle("PutRule", json.readTree("{\"Name\":\"requested\",\"EventBusName\":\"booking\","
                    + "\"EventPattern\":\"{\\\"source\\\":[\\\"booking.reservation\\\"]}\"}"), ctx);
            assertEquals("arn:aws:events:us-east-1:000000000000:rule/booking/requested", rule.get("RuleArn").asText());
            JsonNode targets = protocol.handle("PutTargets", json.readTree("{\"Rule\":\"requested\",\"EventBusName\":\"booking\","
                    + "\"Targets\":[{\"Id\":\"workflow\",\"Arn\":\"" + QUEUE + "\",\"InputPath\":\"$.detail\","
                    + "\"RetryPolicy\":{\"MaximumRetryAttempts\":30,\"MaximumEventAgeInSeconds\":3600}}]}"), ctx);
            assertEquals(0, targets.get("FailedEntryCount").asInt());
        }
        AwsServiceException again = assertThrows(AwsServiceException.class,
                () -> protocol.handle("CreateEventBus", json.readTree("{\"Name\":\"booking\"}"), ctx));
        assertEquals("ResourceAlreadyExistsException", again.code());
        List<Target> targets = runtime.eventBridge().listTargetsByRule(r -> r.rule("requested").eventBusName("booking")).targets();
        assertEquals(1, targets.size());
        assertEquals(30, targets.get(0).retryPolicy().maximumRetryAttempts());
    }

    @Test
    void aRuleHasFiveTargetsAtMost() {
        runtime.eventBridge().putRule(r -> r.name("requested").eventPattern(PATTERN));
        for (int i = 1; i <= 5; i++) {
            String id = "t" + i;
            runtime.eventBridge().putTargets(r -> r.rule("requested").targets(t -> t.id(id).arn(QUEUE)));
        }
        runtime.eventBridge().putTargets(r -> r.rule("requested").targets(t -> t.id("t1").arn(QUEUE).input("{}")));
        assertThrows(LimitExceededException.class,
                () -> runtime.eventBridge().putTargets(r -> r.rule("requested").targets(t -> t.id("t6").arn(QUEUE))));
        assertEquals(5, runtime.eventBridge().listTargetsByRule(r -> r.rule("requested")).targets().size());
    }
}
