package com.apartmentbooking.local.appsync.graphql;

import static com.apartmentbooking.local.appsync.graphql.TestApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.appsync.GraphQlEndpoint;
import com.apartmentbooking.local.server.FrontDoor;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GraphQL endpoint over HTTP: its paths and host form, auth refusals and AppSync's answers to bad requests. */
class GraphQlEndpointTest {

    private static final String QUERY = "{\"query\": \"{ nothing }\"}";

    private final TestApi api = new TestApi();
    private final HttpClient http = HttpClient.newHttpClient();
    private FrontDoor door;

    @BeforeEach
    void start() {
        door = FrontDoor.builder().port(0).route("/graphql", new GraphQlEndpoint(api.engine))
                .cors("/graphql", GraphQlEndpoint.CORS).build().start();
    }

    @AfterEach
    void stop() {
        door.close();
    }

    @Test
    void answersGraphQlWith200AndJson() throws Exception {
        HttpResponse<String> response = post("/graphql", QUERY, FakeAuthorizer.KEY);

        assertEquals(200, response.statusCode());
        assertEquals("application/json; charset=UTF-8", response.headers().firstValue("content-type").orElseThrow());
        assertEquals(json("{\"data\": {\"nothing\": null}}"), json(response.body()));
    }

    @Test
    void graphQlErrorsAreStill200() throws Exception {
        HttpResponse<String> response = post("/graphql", "{\"query\": \"{ badfield }\"}", FakeAuthorizer.KEY);

        assertEquals(200, response.statusCode());
        assertEquals("Validation error of type FieldUndefined: Field 'badfield' in type 'Query' is undefined @ 'badfield'",
                json(response.body()).at("/errors/0/message").asText());
    }

    @Test
    void pathNamesTheApiAndPlainGraphqlIsTheFirst() throws Exception {
        api.apis.add(0, TestApi.definition("otherapi", "type Query { other: String }"));

        assertEquals(json("{\"data\": {\"nothing\": null}}"),
                json(post("/graphql/testapi1", QUERY, FakeAuthorizer.KEY).body()));
        assertEquals("Validation error of type FieldUndefined: Field 'nothing' in type 'Query' is undefined @ 'nothing'",
                json(post("/graphql", QUERY, FakeAuthorizer.KEY).body()).at("/errors/0/message").asText());
    }

    @Test
    void unknownApiIs404() throws Exception {
        HttpResponse<String> response = post("/graphql/nope", QUERY, FakeAuthorizer.KEY);

        assertEquals(404, response.statusCode());
        assertEquals(json("{\"errors\": [{\"errorType\": \"NotFoundException\", \"message\": \"GraphQL API nope not found.\"}]}"),
                json(response.body()));
    }

    @Test
    void refusedAuthenticationAnswersItsStatus() throws Exception {
        HttpResponse<String> wrongKey = post("/graphql", QUERY, "da2-wrong");
        HttpResponse<String> noKey = http.send(HttpRequest.newBuilder(uri("/graphql"))
                .POST(HttpRequest.BodyPublishers.ofString(QUERY)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, wrongKey.statusCode());
        assertEquals(json("{\"errors\": [{\"errorType\": \"UnauthorizedException\","
                + " \"message\": \"You are not authorized to make this call.\"}]}"), json(wrongKey.body()));
        assertEquals("UnauthorizedException", wrongKey.headers().firstValue("x-amzn-ErrorType").orElseThrow());
        assertEquals(401, noKey.statusCode());
        assertEquals("Missing authorization header", json(noKey.body()).at("/errors/0/message").asText());
    }

    @Test
    void emptyBodyIsMalformed() throws Exception {
        HttpResponse<String> response = post("/graphql", "", FakeAuthorizer.KEY);

        assertEquals(400, response.statusCode());
        assertEquals(json("{\"errors\": [{\"errorType\": \"MalformedHttpRequestException\","
                + " \"message\": \"Request body is empty.\"}]}"), json(response.body()));
    }

    @Test
    void bodiesWithoutAQueryDoNotParse() throws Exception {
        for (String body : new String[] {"meow", "{}", "{}}", "[]", "{\"query\": 1}"}) {
            HttpResponse<String> response = post("/graphql", body, FakeAuthorizer.KEY);

            assertEquals(400, response.statusCode(), body);
            assertEquals(json("{\"errors\": [{\"errorType\": \"MalformedHttpRequestException\","
                    + " \"message\": \"Unable to parse GraphQL query.\"}]}"), json(response.body()), body);
        }
    }

    @Test
    void oversizedBodyIsRefusedUnread() throws Exception {
        HttpResponse<String> response = post("/graphql", "x".repeat(5 * 1024 * 1024 + 1), FakeAuthorizer.KEY);

        assertEquals(413, response.statusCode());
        assertEquals("MalformedHttpRequestException", json(response.body()).at("/errors/0/errorType").asText());
    }

    @Test
    void getTakesTheRequestFromItsParameters() throws Exception {
        String query = "?query=" + URLEncoder.encode("query Q($id: ID!) { apartment(id: $id) { id } }", StandardCharsets.UTF_8)
                + "&variables=" + URLEncoder.encode("{\"id\": \"apt-1\"}", StandardCharsets.UTF_8);
        api.invoker.answer(event -> RecordingInvoker.success("{\"data\": {\"id\": \"apt-1\"}}"));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/graphql" + query))
                .header("x-api-key", FakeAuthorizer.KEY).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(json("{\"data\": {\"apartment\": {\"id\": \"apt-1\"}}}"), json(response.body()));
    }

    @Test
    void otherMethodsAreRefused() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/graphql")).header("x-api-key", FakeAuthorizer.KEY)
                .PUT(HttpRequest.BodyPublishers.ofString(QUERY)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
    }

    @Test
    void browsersOfLocalOriginsMayCallIt() throws Exception {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(uri("/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> post = http.send(request("/graphql", QUERY, FakeAuthorizer.KEY)
                .header("Origin", "http://localhost:3000").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, preflight.statusCode());
        assertEquals("content-type,x-api-key",
                preflight.headers().firstValue("access-control-allow-headers").orElseThrow());
        assertEquals("http://localhost:3000", post.headers().firstValue("access-control-allow-origin").orElseThrow());
    }

    private HttpResponse<String> post(String path, String body, String key) throws IOException, InterruptedException {
        return http.send(request(path, body, key).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String body, String key) {
        return HttpRequest.newBuilder(uri(path)).header("content-type", "application/json").header("x-api-key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private URI uri(String pathAndQuery) {
        return URI.create(door.endpoint() + pathAndQuery);
    }
}
