package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.server.RequestMutations;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

/** Mutated requests of every Step Functions operation the runtime serves never answer a 5xx or anything but AWS's JSON error shape. */
class StatesRequestFuzzTest {

    private static final String TARGET = "AWSStepFunctions";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    /** Waits a minute on a clock that does not move, so its executions stay running. */
    private static final String WAITING = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Parameters\":"
            + "{\"id.$\":\"States.UUID()\",\"n.$\":\"States.MathAdd($.n, 1)\",\"x.$\":\"$.x\"},\"Next\":\"C\"},"
            + "\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericGreaterThan\":5,\"Next\":\"W\"}],"
            + "\"Default\":\"W\"},\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"Next\":\"S\"},\"S\":{\"Type\":\"Succeed\"}}}";
    private static final String JSONATA = "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"P\",\"States\":{\"P\":"
            + "{\"Type\":\"Pass\",\"Output\":\"{% $states.input.n + $count($states.input.l) %}\",\"End\":true}}}";

    private static StatesRuntime runtime;
    private static URI endpoint;
    private static final Map<String, String> REQUESTS = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        runtime = new StatesRuntime();
        endpoint = URI.create(runtime.frontDoor.endpoint() + "/");
        String machine = runtime.createMachine("fuzz", WAITING);
        String express = runtime.sfn.createStateMachine(b -> b.name("fuzz-express").definition(JSONATA)
                .roleArn(StatesRuntime.ROLE).type("EXPRESS")).stateMachineArn();
        String execution = runtime.start(machine, "running", "{\"n\":1,\"x\":\"a\"}");
        String input = quoted("{\"n\":1,\"x\":\"a\",\"l\":[1,2]}");
        REQUESTS.put("CreateStateMachine", "{\"name\":\"fuzz2\",\"definition\":" + quoted(WAITING)
                + ",\"roleArn\":\"" + StatesRuntime.ROLE + "\",\"type\":\"STANDARD\"}");
        REQUESTS.put("DescribeStateMachine", "{\"stateMachineArn\":\"" + machine + "\"}");
        REQUESTS.put("ListStateMachines", "{\"maxResults\":5,\"nextToken\":\"abc\"}");
        REQUESTS.put("UpdateStateMachine", "{\"stateMachineArn\":\"" + machine + "\",\"definition\":" + quoted(WAITING)
                + ",\"roleArn\":\"" + StatesRuntime.ROLE + "\"}");
        REQUESTS.put("ValidateStateMachineDefinition", "{\"definition\":" + quoted(JSONATA) + ",\"type\":\"EXPRESS\"}");
        REQUESTS.put("StartExecution", "{\"stateMachineArn\":\"" + machine + "\",\"name\":\"e1\",\"input\":" + input + "}");
        REQUESTS.put("StartSyncExecution", "{\"stateMachineArn\":\"" + express + "\",\"input\":" + input + "}");
        REQUESTS.put("DescribeExecution", "{\"executionArn\":\"" + execution + "\"}");
        REQUESTS.put("DescribeStateMachineForExecution", "{\"executionArn\":\"" + execution + "\"}");
        REQUESTS.put("ListExecutions", "{\"stateMachineArn\":\"" + machine + "\",\"statusFilter\":\"RUNNING\","
                + "\"maxResults\":3}");
        REQUESTS.put("GetExecutionHistory", "{\"executionArn\":\"" + execution + "\",\"maxResults\":2,"
                + "\"reverseOrder\":true,\"includeExecutionData\":false}");
        REQUESTS.put("SendTaskSuccess", "{\"taskToken\":\"AAAA\",\"output\":\"{}\"}");
        REQUESTS.put("SendTaskFailure", "{\"taskToken\":\"AAAA\",\"error\":\"E\",\"cause\":\"c\"}");
        REQUESTS.put("SendTaskHeartbeat", "{\"taskToken\":\"AAAA\"}");
        REQUESTS.put("StopExecution", "{\"executionArn\":\"" + execution + "\",\"error\":\"E\",\"cause\":\"c\"}");
        REQUESTS.put("DeleteStateMachine", "{\"stateMachineArn\":\"" + express + "\"}");
    }

    private static String quoted(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void everyServedOperationIsFuzzed() throws Exception {
        RequestMutations probe = new RequestMutations(endpoint, CONTENT_TYPE, 0);

        assertEquals(REQUESTS.keySet(), probe.servedOperations(TARGET, RequestMutations.sdkOperations(SfnClient.class)));
    }

    @Test
    void mutatedRequestsAreAnsweredInAwsErrorShape() throws Exception {
        RequestMutations mutations = new RequestMutations(endpoint, CONTENT_TYPE, 23);
        for (Map.Entry<String, String> request : REQUESTS.entrySet()) {
            mutations.check(TARGET + "." + request.getKey(), request.getValue(), 80);
        }
    }
}
