package com.apartmentbooking.local.appsync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.runtime.LocalRuntime;
import com.apartmentbooking.local.runtime.RuntimeOptions;
import com.apartmentbooking.local.server.RequestMutations;
import com.apartmentbooking.local.server.RequestMutations.ErrorShape;
import com.apartmentbooking.local.store.Store;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated requests of every operation of AppSync's control plane the runtime serves, and mutated GraphQL requests
 * (bodies, query strings, headers), never answer a 5xx or anything but AppSync's error shapes.
 */
class AppSyncRequestFuzzTest {

    private static final String TEMPLATE = """
            Resources:
              GraphQLApi:
                Type: AWS::AppSync::GraphQLApi
                Properties:
                  Name: fuzz-api
                  AuthenticationType: API_KEY
                  AdditionalAuthenticationProviders:
                    - AuthenticationType: AWS_IAM
              GraphQLSchema:
                Type: AWS::AppSync::GraphQLSchema
                Properties:
                  ApiId: !GetAtt GraphQLApi.ApiId
                  Definition: |
                    type Query { ping(text: String, n: Int, at: AWSDateTime, data: AWSJSON): String }
                    type Mutation { send(text: String!): Message }
                    type Message { text: String @aws_api_key @aws_iam }
                    type Subscription { sent: Message @aws_subscribe(mutations: ["send"]) }
              ApiKey:
                Type: AWS::AppSync::ApiKey
                Properties:
                  ApiId: !GetAtt GraphQLApi.ApiId
              Nothing:
                Type: AWS::AppSync::DataSource
                Properties:
                  ApiId: !GetAtt GraphQLApi.ApiId
                  Name: nothing
                  Type: NONE
              Echo:
                Type: AWS::AppSync::FunctionConfiguration
                Properties:
                  ApiId: !GetAtt GraphQLApi.ApiId
                  Name: echo
                  DataSourceName: !GetAtt Nothing.Name
                  FunctionVersion: "2018-05-29"
                  RequestMappingTemplate: '{"version": "2018-05-29", "payload": $util.toJson($ctx.args)}'
                  ResponseMappingTemplate: $util.toJson($ctx.result)
              Ping:
                Type: AWS::AppSync::Resolver
                Properties:
                  ApiId: !GetAtt GraphQLApi.ApiId
                  TypeName: Query
                  FieldName: ping
                  Kind: PIPELINE
                  PipelineConfig:
                    Functions: [!GetAtt Echo.FunctionId]
                  RequestMappingTemplate: '{}'
                  ResponseMappingTemplate: $util.toJson("${ctx.prev.result.text} $util.parseJson($util.toJson($ctx.args.data))")
              Send:
                Type: AWS::AppSync::Resolver
                Properties:
                  ApiId: !GetAtt GraphQLApi.ApiId
                  TypeName: Mutation
                  FieldName: send
                  DataSourceName: !GetAtt Nothing.Name
                  RequestMappingTemplate: '{"version": "2018-05-29", "payload": {"text": $util.toJson($ctx.args.text)}}'
                  ResponseMappingTemplate: $util.toJson($ctx.result)
            """;

    @TempDir
    static Path directory;
    private static LocalRuntime runtime;
    private static String apiId;
    private static String key;

    /** One valid request of an operation. */
    private record Call(String method, String path, String query, String body) {
    }

    @BeforeAll
    static void start() throws Exception {
        Path template = Files.writeString(directory.resolve("template.yaml"), TEMPLATE);
        runtime = LocalRuntime.start(RuntimeOptions.defaults(template).withPort(0));
        apiId = runtime.template().graphqlApi("GraphQLApi").apiId();
        key = runtime.appSync().service().templateKeyValue("ApiKey");
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static Map<String, Call> calls() {
        String api = "/v1/apis/" + apiId;
        long expires = Instant.now().getEpochSecond() + 30 * 86_400L;
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("ListGraphqlApis", new Call("GET", "/v1/apis", "maxResults=5&nextToken=abc", null));
        calls.put("GetGraphqlApi", new Call("GET", api, null, null));
        calls.put("ListApiKeys", new Call("GET", api + "/apikeys", "maxResults=1", null));
        calls.put("CreateApiKey", new Call("POST", api + "/apikeys", null,
                "{\"description\":\"fuzz\",\"expires\":" + expires + "}"));
        calls.put("UpdateApiKey", new Call("POST", api + "/apikeys/" + key, null,
                "{\"description\":\"again\",\"expires\":" + expires + "}"));
        calls.put("ListDataSources", new Call("GET", api + "/datasources", "maxResults=2", null));
        calls.put("GetDataSource", new Call("GET", api + "/datasources/nothing", null, null));
        calls.put("ListFunctions", new Call("GET", api + "/functions", null, null));
        calls.put("GetFunction", new Call("GET", api + "/functions/" + runtime.template().graphqlApi("GraphQLApi")
                .functions().get(0).functionId(), null, null));
        calls.put("ListResolvers", new Call("GET", api + "/types/Query/resolvers", "maxResults=3", null));
        calls.put("GetResolver", new Call("GET", api + "/types/Query/resolvers/ping", null, null));
        calls.put("GetIntrospectionSchema", new Call("GET", api + "/schema", "format=SDL&includeDirectives=true", null));
        calls.put("DeleteApiKey", new Call("DELETE", api + "/apikeys/da2-doesnotexist", null, null));
        return calls;
    }

    @Test
    void everyServedOperationIsFuzzed() {
        AppSyncProtocol protocol = new AppSyncProtocol(new AppSyncService(new AppSyncStore(Store.inMemory()),
                runtime.clock()), new PrintedSchemas(), new ApiEndpoints(runtime.endpoint()), "000000000000");

        assertEquals(protocol.operations(), new TreeSet<>(calls().keySet()));
    }

    @Test
    void mutatedControlPlaneRequestsAreAnsweredInAppSyncErrorShape() throws Exception {
        RequestMutations mutations = new RequestMutations(runtime.endpoint(), "application/json", ErrorShape.REST_JSON, 37);
        for (Call call : calls().values()) {
            mutations.checkRest(call.method(), call.path(), call.query(), call.body(), 40);
        }
    }

    @Test
    void mutatedGraphQlRequestsAreAnsweredInGraphQlErrorShape() throws Exception {
        RequestMutations mutations = new RequestMutations(runtime.endpoint(), "application/json", ErrorShape.GRAPHQL, 41);
        String query = "query Q($t: String, $n: Int, $d: AWSJSON) { ping(text: $t, n: $n, data: $d, "
                + "at: \\\"2026-01-01T00:00:00Z\\\") }";
        mutations.checkRest("POST", "/graphql/" + apiId, null, Map.of("x-api-key", key),
                "{\"query\":\"" + query + "\",\"operationName\":\"Q\","
                        + "\"variables\":{\"t\":\"a\",\"n\":1,\"d\":\"{\\\"k\\\":[1,2]}\"}}", 150);
        mutations.checkRest("POST", "/graphql/" + apiId, null, Map.of("x-api-key", key),
                "{\"query\":\"mutation { send(text: \\\"hi\\\") { text } }\"}", 60);
        mutations.checkRest("GET", "/graphql/" + apiId, "query=" + URLEncoder.encode("{ ping(text: \"a\") }",
                StandardCharsets.UTF_8) + "&variables=%7B%7D", Map.of("x-api-key", key), null, 60);
    }

    @Test
    void queriesNestedDeeperThanAnyParserStackAreGraphQlErrors() throws Exception {
        RequestMutations mutations = new RequestMutations(runtime.endpoint(), "application/json", ErrorShape.GRAPHQL, 0);
        String deepValue = "{ ping(text: " + "[".repeat(20_000) + "\"a\"" + "]".repeat(20_000) + ") }";
        String deepSelection = "{" + " ping {".repeat(20_000) + " x " + "}".repeat(20_001);
        for (String query : new String[] {deepValue, deepSelection}) {
            mutations.sendChecked("POST", "/graphql/" + apiId, Map.of("x-api-key", key, "Content-Type", "application/json"),
                    Json.WIRE.createObjectNode().put("query", query).toString());
        }
    }
}
