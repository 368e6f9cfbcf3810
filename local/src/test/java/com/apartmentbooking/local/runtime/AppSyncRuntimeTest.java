package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.template.GraphQLApiSpec;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runtime started from a template with an AppSync API serves its control plane and keeps its key. */
class AppSyncRuntimeTest {

    private static final String TEMPLATE = """
            Parameters:
              ApiKeyExpires:
                Type: Number
                Default: 0
            Conditions:
              HasApiKeyExpiry: !Not [!Equals [!Ref ApiKeyExpires, "0"]]
            Resources:
              GraphQLApi:
                Type: AWS::AppSync::GraphQLApi
                Properties:
                  Name: !Sub "${AWS::StackName}-api"
                  AuthenticationType: API_KEY
              GraphQLSchema:
                Type: AWS::AppSync::GraphQLSchema
                Properties:
                  ApiId: !GetAtt GraphQLApi.ApiId
                  Definition: "type Query { ping: String }"
              ApiKey:
                Type: AWS::AppSync::ApiKey
                Properties:
                  ApiId: !GetAtt GraphQLApi.ApiId
                  Expires: !If [HasApiKeyExpiry, !Ref ApiKeyExpires, !Ref AWS::NoValue]
              Nothing:
                Type: AWS::AppSync::DataSource
                Properties:
                  ApiId: !GetAtt GraphQLApi.ApiId
                  Name: nothing
                  Type: NONE
              Ping:
                Type: AWS::AppSync::Resolver
                Properties:
                  ApiId: !GetAtt GraphQLApi.ApiId
                  TypeName: Query
                  FieldName: ping
                  DataSourceName: !GetAtt Nothing.Name
                  RequestMappingTemplate: '{"version": "2018-05-29", "payload": "pong"}'
                  ResponseMappingTemplate: $util.toJson($ctx.result)
            """;

    @TempDir
    Path directory;
    private RuntimeOptions options;

    @BeforeEach
    void writeTemplate() throws IOException {
        Path template = directory.resolve("template.yaml");
        Files.writeString(template, TEMPLATE);
        options = RuntimeOptions.defaults(template).withPort(0).withDataDirectory(directory.resolve("data"));
    }

    @Test
    void theTemplatesApiIsServedWithTheKeyTheDataDirectoryKeeps() throws Exception {
        String key;
        try (LocalRuntime runtime = LocalRuntime.start(options)) {
            GraphQLApiSpec api = runtime.template().graphqlApi("GraphQLApi");
            JsonNode served = get(runtime, "/v1/apis/" + api.apiId()).get("graphqlApi");
            assertEquals("local-api", served.get("name").asText());
            assertEquals(runtime.endpoint() + "/graphql/" + api.apiId(), api.graphqlUrl());
            assertEquals(api.graphqlUrl(), served.get("uris").get("GRAPHQL").asText());
            assertEquals(api.realtimeUrl(), served.get("uris").get("REALTIME").asText());
            JsonNode keys = get(runtime, "/v1/apis/" + api.apiId() + "/apikeys").get("apiKeys");
            assertEquals(1, keys.size());
            key = keys.get(0).get("id").asText();
            assertEquals(runtime.appSync().service().templateKeyValue("ApiKey"), key);
            assertEquals("{\"version\": \"2018-05-29\", \"payload\": \"pong\"}",
                    get(runtime, "/v1/apis/" + api.apiId() + "/types/Query/resolvers/ping").get("resolver")
                            .get("requestMappingTemplate").asText());

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            StartReport.print(runtime, 0, new PrintStream(printed, true, StandardCharsets.UTF_8));
            String report = printed.toString(StandardCharsets.UTF_8);
            assertTrue(report.contains("  GraphQL API local-api: " + api.graphqlUrl() + "\n"), report);
            assertTrue(report.contains("    real-time: " + api.realtimeUrl() + "\n"), report);
            assertTrue(report.contains("    API key (x-api-key): " + key + "  expires "), report);
        }
        try (LocalRuntime runtime = LocalRuntime.start(options)) {
            String apiId = runtime.template().graphqlApi("GraphQLApi").apiId();
            assertEquals(key, get(runtime, "/v1/apis/" + apiId + "/apikeys").get("apiKeys").get(0).get("id").asText(),
                    "a restart with the same data directory serves the same key");
        }
    }

    @Test
    void anExpiryAppSyncWouldRefuseStopsTheStartNamingTheKey() {
        String inAnHour = String.valueOf(Instant.now().getEpochSecond() + 3600);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> LocalRuntime.start(options.withParameter("ApiKeyExpires", inAnHour)).close());
        assertEquals("resource ApiKey (AWS::AppSync::ApiKey) cannot be created: ApiKeyValidityOutOfBoundsException: "
                + "API key must be valid for a minimum of 1 days.", refused.getMessage());
    }

    private static JsonNode get(LocalRuntime runtime, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(runtime.endpoint() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.WIRE.readTree(response.body());
    }
}
