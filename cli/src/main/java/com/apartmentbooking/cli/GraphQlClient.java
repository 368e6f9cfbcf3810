package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpResponse;

/** The GraphQL API as a front end calls it: an HTTP POST of {@code {query, variables}} with the {@code x-api-key}. */
final class GraphQlClient {

    private final Http http;
    private final URI url;
    private final String apiKey;

    GraphQlClient(Http http, URI url, String apiKey) {
        this.http = http;
        this.url = url;
        this.apiKey = apiKey;
    }

    /** The operation's {@code data}; a response with {@code errors} fails with the first error's type and message. */
    JsonNode execute(String query, ObjectNode variables) {
        ObjectNode body = CliJson.object().put("query", query);
        body.set("variables", variables);
        HttpResponse<String> response = http.send(http.request(url)
                .header("Content-Type", "application/json")
                .header("x-api-key", apiKey)
                .POST(Http.json(CliJson.compact(body)))
                .build());
        JsonNode answer = CliJson.parse(response.body(), "The GraphQL API");
        JsonNode errors = answer.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            JsonNode first = errors.get(0);
            String type = first.path("errorType").asText("");
            String detail = (type.isEmpty() ? "" : type + ": ") + first.path("message").asText();
            if (response.statusCode() == 401 || type.endsWith("UnauthorizedException")) {
                throw Failures.refusedApiKey(detail);
            }
            throw CliFailure.failed(detail);
        }
        if (response.statusCode() != 200) {
            throw CliFailure.failed("The GraphQL API answered HTTP " + response.statusCode() + ": "
                    + CliJson.abbreviate(response.body(), 200));
        }
        return answer.path("data");
    }
}
