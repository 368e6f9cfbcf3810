package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.lambda.fixtures.EchoHandler;
import com.apartmentbooking.local.lambda.fixtures.UrlHandler;
import com.apartmentbooking.local.server.RequestMutations;
import com.apartmentbooking.local.server.RequestMutations.ErrorShape;
import com.apartmentbooking.local.store.Store;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutated requests of every operation of Lambda's REST API the runtime serves (method, path, query string, headers
 * and body) never answer a 5xx or anything but Lambda's error shape; nor do mutated requests to a function URL.
 */
class LambdaRequestFuzzTest {

    private static final String FUNCTIONS = "/2015-03-31/functions";
    private static final String MAPPINGS = "/2015-03-31/event-source-mappings";
    private static final String URLS = "/2021-10-31/functions";

    /** One valid request of an operation. */
    private record Call(String method, String path, String query, Map<String, String> headers, String body) {
        Call(String method, String path, String body) {
            this(method, path, null, Map.of(), body);
        }
    }

    private static LambdaRuntime runtime;
    /** One valid request of each served operation, in an order where each finds what the ones before made. */
    private static final Map<String, Call> CALLS = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        runtime = new LambdaRuntime(Store.inMemory(), 2);
        runtime.createFunction("echo", EchoHandler.class, 10);
        runtime.createFunction("spare", EchoHandler.class, 10);
        runtime.createFunction("web", UrlHandler.class, 10);
        runtime.createFunctionUrl("web", "NONE");
        String stream = StreamFixture.createTable(runtime.dynamoDbClient, "Mapped");
        String uuid = runtime.lambdaClient.createEventSourceMapping(b -> b.functionName("spare").eventSourceArn(stream)
                .startingPosition("LATEST").batchSize(5)).uuid();
        String zip = Base64.getEncoder().encodeToString(LambdaRuntime.fixturesZip().asByteArray());
        String role = "arn:aws:iam::" + LambdaRuntime.ACCOUNT + ":role/fuzz";
        CALLS.put("Invoke", new Call("POST", FUNCTIONS + "/echo/invocations", "Qualifier=%24LATEST",
                Map.of("X-Amz-Invocation-Type", "RequestResponse", "X-Amz-Log-Type", "Tail"),
                "{\"a\":[1,{\"b\":\"c\"}],\"d\":null}"));
        CALLS.put("ListFunctions", new Call("GET", FUNCTIONS + "/", "MaxItems=10", Map.of(), null));
        CALLS.put("CreateFunction", new Call("POST", FUNCTIONS, "{\"FunctionName\":\"made\",\"Runtime\":\"java21\","
                + "\"Handler\":\"" + EchoHandler.class.getName() + "::handleRequest\",\"Role\":\"" + role + "\","
                + "\"MemorySize\":256,\"Timeout\":10,\"Architectures\":[\"x86_64\"],\"Publish\":false,"
                + "\"Environment\":{\"Variables\":{\"A\":\"b\"}},\"Code\":{\"ZipFile\":\"" + zip + "\"}}"));
        CALLS.put("GetFunction", new Call("GET", FUNCTIONS + "/echo", "Qualifier=%24LATEST", Map.of(), null));
        CALLS.put("GetFunctionConfiguration", new Call("GET", FUNCTIONS + "/echo/configuration", null, Map.of(), null));
        CALLS.put("PublishVersion", new Call("POST", FUNCTIONS + "/echo/versions", "{\"Description\":\"v\"}"));
        CALLS.put("CreateAlias", new Call("POST", FUNCTIONS + "/echo/aliases",
                "{\"Name\":\"live\",\"FunctionVersion\":\"1\",\"Description\":\"d\"}"));
        CALLS.put("UpdateFunctionConfiguration", new Call("PUT", FUNCTIONS + "/spare/configuration",
                "{\"Timeout\":20,\"MemorySize\":512,\"Environment\":{\"Variables\":{\"X\":\"y\"}}}"));
        CALLS.put("UpdateFunctionCode", new Call("PUT", FUNCTIONS + "/spare/code",
                "{\"ZipFile\":\"" + zip + "\",\"Publish\":true,\"Architectures\":[\"arm64\"]}"));
        CALLS.put("CreateFunctionUrlConfig", new Call("POST", URLS + "/echo/url", "{\"AuthType\":\"AWS_IAM\"}"));
        CALLS.put("UpdateFunctionUrlConfig", new Call("PUT", URLS + "/web/url", "{\"AuthType\":\"NONE\"}"));
        CALLS.put("GetFunctionUrlConfig", new Call("GET", URLS + "/web/url", null));
        CALLS.put("ListEventSourceMappings", new Call("GET", MAPPINGS + "/", "FunctionName=spare&EventSourceArn="
                + stream.replace(":", "%3A").replace("/", "%2F"), Map.of(), null));
        CALLS.put("CreateEventSourceMapping", new Call("POST", MAPPINGS + "/", "{\"FunctionName\":\"echo\","
                + "\"EventSourceArn\":\"" + stream + "\",\"StartingPosition\":\"TRIM_HORIZON\",\"BatchSize\":10,"
                + "\"MaximumRetryAttempts\":2,\"BisectBatchOnFunctionError\":true,"
                + "\"FunctionResponseTypes\":[\"ReportBatchItemFailures\"],\"Enabled\":false}"));
        CALLS.put("GetEventSourceMapping", new Call("GET", MAPPINGS + "/" + uuid, null, Map.of(), null));
        CALLS.put("UpdateEventSourceMapping", new Call("PUT", MAPPINGS + "/" + uuid,
                "{\"BatchSize\":50,\"Enabled\":false,\"MaximumBatchingWindowInSeconds\":1}"));
        CALLS.put("DeleteEventSourceMapping", new Call("DELETE", MAPPINGS + "/" + uuid, null, Map.of(), null));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void everyServedOperationIsFuzzed() {
        assertEquals(LambdaProtocol.operations(), new java.util.TreeSet<>(CALLS.keySet()));
    }

    @Test
    void mutatedRequestsAreAnsweredInLambdaErrorShape() throws Exception {
        RequestMutations mutations = new RequestMutations(runtime.endpoint, "application/json", ErrorShape.LAMBDA, 29);
        for (Call call : CALLS.values()) {
            mutations.checkRest(call.method(), call.path(), call.query(), call.headers(), call.body(), 60);
        }
    }

    @Test
    void mutatedRequestsToAFunctionUrlAreAnsweredAsTheUrlFrontEndDoes() throws Exception {
        RequestMutations mutations = new RequestMutations(runtime.endpoint, "application/json", ErrorShape.FUNCTION_URL, 31);

        mutations.checkRest("POST", "/lambda-url/web/orders/1", "a=1&b=2", Map.of("X-Signature", "t=1,v1=ab"),
                "{\"event\":\"paid\",\"amount\":{\"value\":10,\"currency\":\"EUR\"}}", 60);
    }
}
