package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.server.RequestMutations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Definitions and inputs nested as deep as their size limits allow (intrinsic functions, JSONata, JSONPath, Choice
 * rules, JSON) are refused or run with Step Functions' own errors: no parser recurses without bound.
 */
class StatesParserDepthTest {

    private static final int DEPTH = 20_000;
    private static StatesRuntime runtime;
    private static RequestMutations wire;
    private static int machines;

    @BeforeAll
    static void start() {
        runtime = new StatesRuntime();
        wire = new RequestMutations(URI.create(runtime.frontDoor.endpoint() + "/"), "application/x-amz-json-1.0", 0);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    /** Creates an EXPRESS machine of {@code definition} and, if it is accepted, runs it once on {@code input}. */
    private static JsonNode createAndRun(String definition, String input) throws Exception {
        ObjectNode create = Json.WIRE.createObjectNode().put("name", "deep" + machines++).put("definition", definition)
                .put("roleArn", StatesRuntime.ROLE).put("type", "EXPRESS");
        HttpResponse<String> created = send("CreateStateMachine", create.toString());
        if (created.statusCode() != 200) {
            return Json.WIRE.readTree(created.body());
        }
        String arn = Json.WIRE.readTree(created.body()).get("stateMachineArn").asText();
        ObjectNode start = Json.WIRE.createObjectNode().put("stateMachineArn", arn).put("input", input);
        HttpResponse<String> ran = send("StartSyncExecution", start.toString());
        assertEquals(200, ran.statusCode(), ran.body());
        return Json.WIRE.readTree(ran.body());
    }

    private static HttpResponse<String> send(String operation, String body) throws Exception {
        HttpResponse<String> response = wire.sendChecked("POST", "/", Map.of("X-Amz-Target",
                "AWSStepFunctions." + operation, "Content-Type", "application/x-amz-json-1.0"), body);
        assertFalse(response.body().contains("StackOverflow") || response.body().contains("Constraints"),
                response.body());
        return response;
    }

    private static String pass(String member, String value) {
        return Json.WIRE.createObjectNode().put("StartAt", "P").set("States", Json.WIRE.createObjectNode()
                .set("P", Json.WIRE.createObjectNode().put("Type", "Pass").put("End", true)
                        .set(member, value == null ? null : Json.WIRE.getNodeFactory().textNode(value)))).toString();
    }

    @Test
    void nestedIntrinsicFunctions() throws Exception {
        String intrinsic = "States.Array(".repeat(DEPTH) + "1" + ")".repeat(DEPTH);
        String definition = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Parameters\":{\"x.$\":"
                + Json.WIRE.getNodeFactory().textNode(intrinsic) + "},\"End\":true}}}";

        JsonNode answer = createAndRun(definition, "{}");

        assertFalse(answer.has("output") && answer.path("status").asText().equals("SUCCEEDED"), answer.toString());
    }

    @Test
    void nestedJsonataExpressions() throws Exception {
        for (String[] open : new String[][] {{"(", ")"}, {"[", "]"}, {"-", ""}, {"$string(", ")"}, {"{\"a\":", "}"}}) {
            String expression = "{% " + open[0].repeat(DEPTH) + "1" + open[1].repeat(DEPTH) + " %}";
            String definition = "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
                    + "\"Output\":" + Json.WIRE.getNodeFactory().textNode(expression) + ",\"End\":true}}}";

            JsonNode answer = createAndRun(definition, "{}");

            assertFalse(answer.path("status").asText().equals("SUCCEEDED"), open[0] + " " + answer);
        }
    }

    @Test
    void aJsonPathOfMoreStepsThanItsCompilerCanTakeIsAnInvalidDefinition() throws Exception {
        for (String member : new String[] {"ResultPath", "OutputPath", "InputPath"}) {
            for (String step : new String[] {"['a']", ".a", "[0]"}) {
                JsonNode answer = createAndRun(pass(member, "$" + step.repeat(DEPTH)), "{}");

                assertEquals("com.amazonaws.swf.service.v2.model#InvalidDefinition", answer.path("__type").asText(),
                        member + step);
            }
        }
        String nested = "{\"a\":".repeat(500) + "7" + "}".repeat(500);
        JsonNode longest = createAndRun(pass("InputPath", "$" + ".a".repeat(500)), nested);
        assertEquals("7", longest.path("output").asText(), longest.toString());
    }

    @Test
    void aJsonataFunctionRecursingPastTheStackFailsItsExecutionAndTheEngineRunsOn() throws Exception {
        String expression = "{% ( $down := function($n) { $n = 0 ? 0 : 1 + $down($n - 1) }; $down(1000000) ) %}";
        String definition = "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
                + "\"Output\":" + Json.WIRE.getNodeFactory().textNode(expression) + ",\"End\":true}}}";

        JsonNode deep = createAndRun(definition, "{}");
        JsonNode after = createAndRun(pass("Result", null), "{}");

        assertEquals("FAILED", deep.path("status").asText(), deep.toString());
        assertEquals("States.QueryEvaluationError", deep.path("error").asText(), deep.toString());
        assertEquals("SUCCEEDED", after.path("status").asText(), after.toString());
    }

    @Test
    void choiceRulesAndJsonNestedPastTheParsersLimit() throws Exception {
        String rule = "{\"Variable\":\"$.n\",\"NumericEquals\":1,\"Next\":\"S\"}";
        for (int depth : new int[] {900, 5_000}) {
            String nested = "{\"Not\":".repeat(depth) + rule.replace(",\"Next\":\"S\"", "") + "}".repeat(depth);
            String definition = "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":["
                    + nested.replaceFirst("\\{\"Not\":", "{\"Next\":\"S\",\"Not\":") + "],\"Default\":\"S\"},"
                    + "\"S\":{\"Type\":\"Succeed\"}}}";

            createAndRun(definition, "{\"n\":1}");
        }
    }

    @Test
    void inputNestedPastTheJsonLimitIsInvalidExecutionInput() throws Exception {
        String arn = runtime.sfn.createStateMachine(b -> b.name("plain").definition(pass("Comment", "c"))
                .roleArn(StatesRuntime.ROLE).type("EXPRESS")).stateMachineArn();
        ObjectNode start = Json.WIRE.createObjectNode().put("stateMachineArn", arn)
                .put("input", "[".repeat(DEPTH) + "]".repeat(DEPTH));

        JsonNode answer = Json.WIRE.readTree(send("StartSyncExecution", start.toString()).body());

        assertEquals("com.amazonaws.swf.service.v2.model#InvalidExecutionInput", answer.path("__type").asText());
    }
}
