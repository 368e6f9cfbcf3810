package com.apartmentbooking.local.appsync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.appsync.auth.AuthType;
import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AppSync's control plane over HTTP, as the AWS CLI and the SDKs send it and read the answers. */
class AppSyncProtocolTest {

    private static final Instant START = Instant.parse("2026-03-01T10:42:17Z");
    private static final String ARN = "arn:aws:appsync:eu-west-1:000000000000:apis/Api";
    private static final String LAMBDA = "arn:aws:lambda:eu-west-1:000000000000:function:reservations:live";
    private static final String SCHEMA = """
            type Query {
              apartment(id: ID!): Apartment
              now: AWSDateTime
            }
            type Mutation {
              publish(id: ID!): Apartment @aws_iam
            }
            type Subscription {
              changed: Apartment @aws_subscribe(mutations: ["publish"])
            }
            type Apartment @aws_api_key @aws_iam {
              id: ID!
            }
            """;

    private final ControllableClock clock = new ControllableClock(START);
    private final HttpClient http = HttpClient.newHttpClient();
    private FrontDoor door;
    private AppSyncService service;
    private String key;

    @BeforeEach
    void start() {
        service = new AppSyncService(new AppSyncStore(Store.inMemory()), clock);
        AppSyncProtocol protocol = new AppSyncProtocol(service, new PrintedSchemas(),
                new ApiEndpoints(URI.create("http://127.0.0.1:4566")), "000000000000");
        service.applyApis(List.of(new ApiDefinition("Api", "booking-api", ARN, AuthType.API_KEY,
                List.of(AuthType.AWS_IAM), SCHEMA,
                List.of(new DataSourceDefinition("Reservations", "AWS_LAMBDA", LAMBDA,
                                "arn:aws:iam::000000000000:role/invoke", "the reservation API"),
                        new DataSourceDefinition("none", "NONE", null, null, null)),
                List.of(new PipelineFunctionDefinition("fn1", "load", "Reservations", null,
                        "$util.toJson($ctx.result)")),
                List.of(new ResolverDefinition("Query", "apartment", "UNIT", "Reservations", List.of(), null,
                                "$util.toJson($ctx.result)"),
                        new ResolverDefinition("Query", "now", "PIPELINE", null, List.of("fn1"), "{}",
                                "$util.toJson($ctx.prev.result)"),
                        new ResolverDefinition("Mutation", "publish", "UNIT", "none", List.of(), "{\"payload\": {}}",
                                "$util.toJson($ctx.result)")),
                true), AppSyncServiceTest.api("Other")));
        key = service.applyTemplateKey("ApiKey", "Api", "front ends", null).id();
        door = FrontDoor.builder().port(0).route(AppSyncProtocol.PREFIX, protocol).build().start();
    }

    @AfterEach
    void stop() {
        door.close();
    }

    @Test
    void listGraphqlApisAnswersEveryApiInAppSyncsShape() throws Exception {
        Answer answer = get("/v1/apis");
        assertEquals(200, answer.status());
        JsonNode api = answer.json().get("graphqlApis").get(0);
        assertEquals(json("""
                {"name": "booking-api", "apiId": "Api", "authenticationType": "API_KEY", "arn": "%s",
                 "uris": {"GRAPHQL": "http://127.0.0.1:4566/graphql/Api",
                          "REALTIME": "ws://127.0.0.1:4566/graphql/Api/realtime"},
                 "additionalAuthenticationProviders": [{"authenticationType": "AWS_IAM"}],
                 "xrayEnabled": true, "dns": {"GRAPHQL": "127.0.0.1:4566", "REALTIME": "127.0.0.1:4566"},
                 "apiType": "GRAPHQL", "visibility": "GLOBAL", "owner": "000000000000",
                 "introspectionConfig": "ENABLED", "queryDepthLimit": 0, "resolverCountLimit": 0}
                """.formatted(ARN)), api);
        assertEquals("Other", answer.json().get("graphqlApis").get(1).get("apiId").asText());
        assertFalse(answer.json().has("nextToken"));
        assertEquals(api, get("/v1/apis/Api").json().get("graphqlApi"));
    }

    @Test
    void listsArePagedByMaxResultsAndNextToken() throws Exception {
        JsonNode first = get("/v1/apis?maxResults=1").json();
        assertEquals(1, first.get("graphqlApis").size());
        assertEquals("Api", first.get("graphqlApis").get(0).get("apiId").asText());
        JsonNode second = get("/v1/apis?maxResults=1&nextToken=" + first.get("nextToken").asText()).json();
        assertEquals("Other", second.get("graphqlApis").get(0).get("apiId").asText());
        assertFalse(second.has("nextToken"));
        assertEquals(2, get("/v1/apis?maxResults=0").json().get("graphqlApis").size());

        assertError(get("/v1/apis?maxResults=26"), 400, "BadRequestException", "1 validation error detected: "
                + "Value '26' at 'maxResults' failed to satisfy constraint: Member must have value less than or "
                + "equal to 25");
        assertError(get("/v1/apis?nextToken=nonsense"), 400, "BadRequestException", "Invalid pagination token.");
    }

    @Test
    void anUnknownApiIsNotFound() throws Exception {
        for (String path : List.of("/v1/apis/nope", "/v1/apis/nope/apikeys", "/v1/apis/nope/datasources",
                "/v1/apis/nope/types/Query/resolvers", "/v1/apis/nope/schema?format=SDL")) {
            assertError(get(path), 404, "NotFoundException", "GraphQL API nope not found.");
        }
    }

    @Test
    void listApiKeysGivesEachKeysExpiryAndDeletion() throws Exception {
        long expires = Instant.parse("2026-03-08T10:00:00Z").getEpochSecond();
        assertEquals(json("""
                {"apiKeys": [{"id": "%s", "description": "front ends", "expires": %d, "deletes": %d}]}
                """.formatted(key, expires, expires + Duration.ofDays(60).toSeconds())),
                get("/v1/apis/Api/apikeys").json());
    }

    @Test
    void keysAreCreatedUpdatedAndDeletedWithAppSyncsBounds() throws Exception {
        long tooSoon = START.plus(Duration.ofHours(12)).getEpochSecond();
        assertError(post("/v1/apis/Api/apikeys", "{\"expires\": " + tooSoon + "}"), 400,
                "ApiKeyValidityOutOfBoundsException", "API key must be valid for a minimum of 1 days.");
        assertEquals(1, get("/v1/apis/Api/apikeys").json().get("apiKeys").size(), "a refused key is not created");

        long inTenDays = START.plus(Duration.ofDays(10)).getEpochSecond();
        JsonNode created = post("/v1/apis/Api/apikeys", "{\"description\": \"ci\", \"expires\": " + inTenDays + "}")
                .json().get("apiKey");
        String id = created.get("id").asText();
        assertTrue(id.matches("da2-[a-z0-9]{26}"), id);
        assertEquals(Instant.parse("2026-03-11T10:00:00Z").getEpochSecond(), created.get("expires").asLong());

        JsonNode updated = post("/v1/apis/Api/apikeys/" + id, "{\"description\": \"nightly\"}").json().get("apiKey");
        assertEquals("nightly", updated.get("description").asText());
        assertEquals(created.get("expires"), updated.get("expires"));

        Answer deleted = send("DELETE", "/v1/apis/Api/apikeys/" + id, "");
        assertEquals(200, deleted.status());
        assertEquals(json("{}"), deleted.json());
        assertError(send("DELETE", "/v1/apis/Api/apikeys/" + id, ""), 404, "NotFoundException",
                "API key " + id + " not found.");
        assertError(post("/v1/apis/Api/apikeys", "{\"expires\": \"soon\"}"), 400, "BadRequestException",
                "Invalid value for expires: expected seconds since the epoch");
    }

    @Test
    void dataSourcesInAppSyncsShape() throws Exception {
        JsonNode lambda = json("""
                {"dataSourceArn": "%s/datasources/Reservations", "name": "Reservations",
                 "description": "the reservation API", "type": "AWS_LAMBDA",
                 "serviceRoleArn": "arn:aws:iam::000000000000:role/invoke",
                 "lambdaConfig": {"lambdaFunctionArn": "%s"}}
                """.formatted(ARN, LAMBDA));
        JsonNode none = json("""
                {"dataSourceArn": "%s/datasources/none", "name": "none", "type": "NONE"}
                """.formatted(ARN));
        assertEquals(Json.WIRE.createObjectNode().set("dataSources", Json.WIRE.createArrayNode().add(lambda).add(none)),
                get("/v1/apis/Api/datasources").json());
        assertEquals(lambda, get("/v1/apis/Api/datasources/Reservations").json().get("dataSource"));
        assertError(get("/v1/apis/Api/datasources/missing"), 404, "NotFoundException",
                "No data source found named missing");
    }

    @Test
    void resolversOfATypeAndOneResolver() throws Exception {
        JsonNode resolvers = get("/v1/apis/Api/types/Query/resolvers").json().get("resolvers");
        assertEquals(json("""
                {"typeName": "Query", "fieldName": "apartment", "dataSourceName": "Reservations",
                 "resolverArn": "%s/types/Query/resolvers/apartment",
                 "responseMappingTemplate": "$util.toJson($ctx.result)", "kind": "UNIT"}
                """.formatted(ARN)), resolvers.get(0));
        assertEquals(json("""
                {"typeName": "Query", "fieldName": "now", "resolverArn": "%s/types/Query/resolvers/now",
                 "requestMappingTemplate": "{}", "responseMappingTemplate": "$util.toJson($ctx.prev.result)",
                 "kind": "PIPELINE", "pipelineConfig": {"functions": ["fn1"]}}
                """.formatted(ARN)), resolvers.get(1));
        assertEquals(2, resolvers.size());
        assertEquals(resolvers.get(1), get("/v1/apis/Api/types/Query/resolvers/now").json().get("resolver"));
        assertEquals(json("{\"resolvers\": []}"), get("/v1/apis/Api/types/Apartment/resolvers").json());
        assertError(get("/v1/apis/Api/types/Query/resolvers/missing"), 404, "NotFoundException",
                "No resolver found.");
    }

    @Test
    void pipelineFunctions() throws Exception {
        JsonNode function = json("""
                {"functionId": "fn1", "functionArn": "%s/functions/fn1", "name": "load",
                 "dataSourceName": "Reservations", "responseMappingTemplate": "$util.toJson($ctx.result)",
                 "functionVersion": "2018-05-29"}
                """.formatted(ARN));
        assertEquals(function, get("/v1/apis/Api/functions").json().get("functions").get(0));
        assertEquals(function, get("/v1/apis/Api/functions/fn1").json().get("functionConfiguration"));
        assertError(get("/v1/apis/Api/functions/fn2"), 404, "NotFoundException", "No function found with id fn2");
    }

    @Test
    void theIntrospectionSchemaAsSdlWithOrWithoutDirectives() throws Exception {
        Answer withDirectives = get("/v1/apis/Api/schema?format=SDL&includeDirectives=true");
        assertEquals(200, withDirectives.status());
        String sdl = withDirectives.body();
        assertTrue(sdl.contains("type Query {\n  apartment(id: ID!): Apartment\n  now: AWSDateTime\n}"), sdl);
        assertTrue(sdl.contains("type Apartment @aws_api_key @aws_iam {"), sdl);
        assertTrue(sdl.contains("changed: Apartment @aws_subscribe(mutations : [\"publish\"])"), sdl);
        assertFalse(sdl.contains("scalar AWSDateTime"), "AppSync's scalars are implicit");
        assertFalse(sdl.contains("directive @"), "AppSync's and GraphQL's directives are implicit");
        assertEquals(sdl, get("/v1/apis/Api/schema?format=SDL").body(), "directives are included by default");

        String plain = get("/v1/apis/Api/schema?format=SDL&includeDirectives=false").body();
        assertTrue(plain.contains("type Apartment {"), plain);
        assertFalse(plain.contains("@aws_"), plain);
    }

    @Test
    void theIntrospectionSchemaAsJsonIsTheIntrospectionQuerysResult() throws Exception {
        JsonNode schema = get("/v1/apis/Api/schema?format=JSON").json().get("data").get("__schema");
        assertEquals("Query", schema.get("queryType").get("name").asText());
        assertEquals("Subscription", schema.get("subscriptionType").get("name").asText());
        boolean declaresDateTime = false;
        for (JsonNode type : schema.get("types")) {
            declaresDateTime |= type.get("name").asText().equals("AWSDateTime");
            assertFalse(type.has("isOneOf"), "graphql-java's own member");
        }
        assertTrue(declaresDateTime);
        assertError(get("/v1/apis/Api/schema?format=XML"), 400, "BadRequestException", "1 validation error "
                + "detected: Value 'XML' at 'format' failed to satisfy constraint: Member must satisfy enum value "
                + "set: [SDL, JSON]");
    }

    @Test
    void anOperationAppSyncDoesNotHaveHereIsUnknown() throws Exception {
        Answer answer = send("PUT", "/v1/apis/Api", "{}");
        assertEquals(404, answer.status());
        assertEquals("UnknownOperationException", answer.errorType());
    }

    private record Answer(int status, String errorType, String body) {
        JsonNode json() throws IOException {
            return Json.WIRE.readTree(body);
        }
    }

    private static JsonNode json(String text) throws IOException {
        return Json.WIRE.readTree(text);
    }

    private static void assertError(Answer answer, int status, String type, String message) throws IOException {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(type, answer.errorType());
        assertEquals(json("{\"message\": " + Json.WIRE.writeValueAsString(message) + "}"), answer.json());
    }

    private Answer get(String path) throws Exception {
        return send("GET", path, "");
    }

    private Answer post(String path, String body) throws Exception {
        return send("POST", path, body);
    }

    private Answer send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(door.endpoint() + path))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("x-amzn-ErrorType").orElse(null),
                response.body());
    }
}
