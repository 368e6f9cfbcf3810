package com.apartmentbooking.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sends valid requests with one or more random mutations and checks every answer is a client or success answer in
 * the protocol's shape: never a 5xx, always a JSON object, an error always in the protocol's {@link ErrorShape},
 * never the runtime's internals. AWS JSON requests ({@link #check}) have their members replaced by values of another
 * type or size, removed, duplicated under an unknown name, or the body cut short; REST requests ({@link #checkRest})
 * also have their method, path segments and query string changed. The seed is fixed, so a failure names a request
 * that reproduces it.
 */
public final class RequestMutations {

    /** How a protocol words an error. */
    public enum ErrorShape {
        /** AWS JSON 1.0/1.1: {@code {"__type": ..., "message": ...}}. */
        AWS_JSON(0),
        /** Lambda's REST-JSON: the {@code x-amzn-ErrorType} header and {@code {"Type": ..., "message": ...}}. */
        LAMBDA(1),
        /** AppSync's control plane: the {@code x-amzn-ErrorType} header and {@code {"message": ...}}. */
        REST_JSON(2),
        /** AppSync's GraphQL endpoint: {@code {"errors": [{"errorType": ..., "message": ...}]}}. */
        GRAPHQL(1),
        /** A function URL: the function's own answer, or the URL front end's errors, {@code {"Message": ...}}. */
        FUNCTION_URL(1),
        /** The runtime's operator endpoints ({@code /_local/*}): {@code {"message": ...}}. */
        OPERATOR(2);

        /** How many leading segments of a path name the service (/v1/apis, /graphql); a mutation keeps them. */
        private final int servicePathSegments;

        ErrorShape(int servicePathSegments) {
            this.servicePathSegments = servicePathSegments;
        }
    }

    /** Writes what mutations nest past Jackson's default depth, so that the runtime's parser is the one to judge it. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build()).build());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern JAVA_EXCEPTION = Pattern.compile("java\\.[a-z.]+[A-Za-z]*(Exception|Error)\\b");
    /** Longer than any answer takes; a request left unanswered fails instead of hanging the build. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String contentType;
    private final ErrorShape shape;
    private final Random random;
    /** What AWS JSON requests are signed for, or {@code null} to send them unsigned. */
    private SigningScope signing;
    private String previous = "";

    /** AWS JSON requests to {@code endpoint}, sent with {@code contentType}. */
    public RequestMutations(URI endpoint, String contentType, long seed) {
        this(endpoint, contentType, ErrorShape.AWS_JSON, seed);
    }

    /** Requests to {@code endpoint} (the runtime's root) answered in {@code shape}. */
    public RequestMutations(URI endpoint, String contentType, ErrorShape shape, long seed) {
        this.endpoint = endpoint;
        this.contentType = contentType;
        this.shape = shape;
        this.random = new Random(seed);
    }

    /**
     * AWS JSON requests from now on signed as an SDK signs them, with the README's key for {@code service} in
     * {@code region}, after they are mutated: a service that checks signatures then judges what was mutated.
     */
    public RequestMutations signedFor(String service, String region) {
        this.signing = new SigningScope(service, region);
        return this;
    }

    /**
     * The operations of an AWS SDK v2 client interface ({@code SqsClient.class}): one for each method taking the
     * service's request type, named as on the wire ({@code SendMessage}).
     */
    public static Set<String> sdkOperations(Class<?> client) {
        return Arrays.stream(client.getMethods())
                .filter(method -> method.getParameterCount() == 1)
                .map(Method::getParameterTypes)
                .map(types -> types[0].getSimpleName())
                .filter(name -> name.endsWith("Request") && !name.endsWith("PresignRequest"))
                .map(name -> name.substring(0, name.length() - "Request".length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Of {@code candidates}, the operations the AWS JSON service of {@code targetPrefix} serves: those an empty
     * request is not answered {@code UnknownOperationException} for.
     */
    public Set<String> servedOperations(String targetPrefix, Collection<String> candidates) throws Exception {
        Set<String> served = new TreeSet<>();
        for (String operation : candidates) {
            HttpResponse<String> response = send(targetPrefix + "." + operation, "{}");
            if (!response.body().contains("UnknownOperationException")) {
                served.add(operation);
            }
        }
        return served;
    }

    /** Sends {@code count} mutations of the AWS JSON {@code request} to {@code target} and checks each answer. */
    public void check(String target, String request, int count) throws Exception {
        JsonNode valid = JSON.readTree(request);
        for (int i = 0; i < count; i++) {
            String body = mutatedBody(valid);
            assertShaped(target + " " + body, send(target, body));
        }
        assertHealthy();
    }

    /**
     * Sends {@code count} mutations of the REST request {@code method path?query} with {@code body} (JSON, or
     * {@code null} for none) and checks each answer. The path's segments are what is mutated in the path, the
     * query's parameters in the query.
     */
    public void checkRest(String method, String path, String query, String body, int count) throws Exception {
        checkRest(method, path, query, Map.of(), body, count);
    }

    /** As {@link #checkRest(String, String, String, String, int)}, sent with {@code headers}, whose values are mutated too. */
    public void checkRest(String method, String path, String query, Map<String, String> headers, String body, int count)
            throws Exception {
        JsonNode valid = body == null ? null : JSON.readTree(body);
        for (int i = 0; i < count; i++) {
            String sentMethod = random.nextInt(8) == 0 ? METHODS.get(random.nextInt(METHODS.size())) : method;
            boolean pathMutated = random.nextInt(4) == 0;
            String sentPath = pathMutated ? mutatedPath(path) : path;
            String sentQuery = random.nextInt(4) == 0 ? mutatedQuery(query) : query;
            String sentBody = valid == null ? (random.nextInt(4) == 0 ? mutatedBody(NODES.objectNode()) : null)
                    : pathMutated ? body : mutatedBody(valid);
            if (refusedBeforeRouting(sentPath)) {
                // Jetty refuses such a path before reading the body and closes the connection, which can reset it
                // under the answer while the body is still arriving; the refusal itself is what is checked.
                sentBody = null;
            }
            String target = sentPath + (sentQuery == null || sentQuery.isEmpty() ? "" : "?" + sentQuery);
            Map<String, String> sentHeaders = random.nextInt(4) == 0 ? mutatedHeaders(headers) : headers;
            String request = sentMethod + " " + target + " " + sentHeaders + " " + sentBody;
            HttpResponse<String> response;
            try {
                response = sendRest(sentMethod, target, sentHeaders, sentBody);
            } catch (IOException noAnswer) {
                throw new AssertionError("no answer for " + brief(request) + " after " + brief(previous), noAnswer);
            }
            previous = response.statusCode() + " " + response.headers().map() + " for " + request;
            assertShaped(request, response);
        }
        assertHealthy();
    }

    /** Sends one request as given, and checks its answer is in the protocol's shape; returns the answer. */
    public HttpResponse<String> sendChecked(String method, String pathAndQuery, Map<String, String> headers, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + pathAndQuery)).timeout(ANSWER_WITHIN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertShaped(method + " " + pathAndQuery + " " + headers + " " + body, response);
        return response;
    }

    /** The runtime still says it is healthy. */
    public void assertHealthy() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(root() + "/_local/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
    }

    /** The endpoint without a trailing slash, for paths to follow. */
    private String root() {
        String text = endpoint.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private String mutatedBody(JsonNode valid) throws Exception {
        JsonNode mutated = valid.deepCopy();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            mutated = mutate(mutated);
        }
        String body = JSON.writeValueAsString(mutated);
        if (random.nextInt(10) == 0) {
            body = body.substring(0, random.nextInt(body.length() + 1));
        }
        return body;
    }

    /** Paths Jetty refuses before any handler, whatever the front door's URI compliance: an encoded NUL. */
    private static boolean refusedBeforeRouting(String path) {
        return path.contains("%00");
    }

    /** The path with one segment after those that name the service removed, added or replaced. */
    private String mutatedPath(String path) {
        List<String> segments = new ArrayList<>(Arrays.asList(path.split("/", -1)));
        int kept = 1 + shape.servicePathSegments;
        int index = kept + random.nextInt(segments.size() - kept + 1);
        if (index == segments.size()) {
            segments.add(strangeText());
            return String.join("/", segments);
        }
        switch (random.nextInt(4)) {
            case 0 -> segments.remove(index);
            case 1 -> segments.add(index, strangeText());
            default -> segments.set(index, strangeText());
        }
        return String.join("/", segments);
    }

    private String mutatedQuery(String query) {
        String name = query == null || query.isEmpty() || random.nextBoolean()
                ? strangeText() : query.split("&")[0].split("=")[0];
        String parameter = name + "=" + strangeText();
        return query == null || query.isEmpty() ? parameter : query + "&" + parameter;
    }

    /** One header's value replaced by text of a random size or form (headers carry no control characters). */
    private Map<String, String> mutatedHeaders(Map<String, String> headers) {
        Map<String, String> mutated = new LinkedHashMap<>(headers);
        List<String> names = new ArrayList<>(headers.keySet());
        String name = names.isEmpty() || random.nextInt(3) == 0 ? "X-Amz-Fuzz" : names.get(random.nextInt(names.size()));
        mutated.put(name, switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> "x".repeat(4_000);
            case 2 -> "~";
            case 3 -> "a;b=c, d";
            case 4 -> "{\"a\":[1,{}]}";
            default -> "Event";
        });
        return mutated;
    }

    /** Percent-encoded text a path segment or query parameter could carry. */
    private String strangeText() {
        String text = switch (random.nextInt(9)) {
            case 0 -> "";
            case 1 -> "x".repeat(1_500);
            case 2 -> "~";
            case 3 -> "arn:aws:lambda:us-east-1:000000000000:function:f:1";
            case 4 -> "\u0000\uD83D\uDE00'\"\\";
            case 5 -> "%zz";
            case 6 -> "-1";
            case 7 -> "1e400";
            default -> "a b/c?d#e";
        };
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String target, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(ANSWER_WITHIN)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        Map<String, String> headers = signing == null ? Map.of("X-Amz-Target", target)
                : SdkSigning.as(AcceptedCredentials.README_KEY, signing.service(), signing.region(), Instant.now())
                        .post(endpoint.toString(), Map.of("X-Amz-Target", target), body).headers();
        // The client names the host itself, the one that is signed.
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Host")) {
                request.header(name, value);
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendRest(String method, String pathAndQuery, Map<String, String> headers, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + pathAndQuery)).timeout(ANSWER_WITHIN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String brief(String request) {
        return request.length() > 600 ? request.substring(0, 600) + "..." : request;
    }

    private void assertShaped(String whole, HttpResponse<String> response) throws Exception {
        String request = brief(whole);
        String body = response.body();
        int status = response.statusCode();
        assertTrue(status < 500, "status " + status + " for " + request + ": " + body);
        // DynamoDB itself names Java classes ("class java.lang.String can not be converted to an Integer"), not exceptions.
        assertFalse(body.contains("\tat ") || body.contains(".java:") || body.contains("com.fasterxml")
                || JAVA_EXCEPTION.matcher(body).find() || body.contains("org.eclipse") || body.contains("<html"),
                "internals for " + request + ": " + body);
        boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
        if (status < 400 && (shape == ErrorShape.FUNCTION_URL || !json)) {
            // A function's own answer, or a document that is not JSON (AppSync's schema as SDL).
            return;
        }
        if (body.isEmpty() && (status == 204 || status == 202 || (status == 200 && request.startsWith("OPTIONS")))) {
            return;
        }
        JsonNode answer = parsed(body);
        assertTrue(answer != null && answer.isObject(), "not a JSON object for " + request + ": " + status + " " + body);
        String errorType = response.headers().firstValue("x-amzn-ErrorType").orElse(null);
        boolean error = status >= 400;
        if (error && errorType != null && errorType.equals(answer.path("__type").asText(null))
                && answer.path("message").isTextual()) {
            // The front door's refusal of what reached no service (an ambiguous path, headers over the limit), in
            // AWS JSON's shape with the type in the header as well, which every protocol's clients read.
            return;
        }
        switch (shape) {
            case AWS_JSON -> assertTrue(!error || answer.has("__type"), "no __type for " + request + ": " + body);
            case LAMBDA -> assertTrue(!error || (errorType != null && answer.path("Type").isTextual()
                    && (answer.path("message").isTextual() || unknownOperation(errorType))),
                    "not Lambda's error for " + request + ": " + errorType + " " + body);
            case REST_JSON -> assertTrue(!error || (errorType != null
                    && (answer.path("message").isTextual() || unknownOperation(errorType))),
                    "not AppSync's error for " + request + ": " + errorType + " " + body);
            case GRAPHQL -> {
                assertTrue(!error || errorType != null, "no x-amzn-ErrorType for " + request + ": " + body);
                assertTrue(!error || answer.path("errors").path(0).path("message").isTextual(),
                        "not GraphQL errors for " + request + ": " + body);
                answer.path("errors").forEach(each -> assertTrue(each.path("message").isTextual(),
                        "an error without a message for " + request + ": " + body));
            }
            case FUNCTION_URL -> assertTrue(answer.path("Message").isTextual(), "not a URL's error for " + request + ": " + body);
            case OPERATOR -> assertTrue(!error || answer.path("message").isTextual() || answer.has("__type"),
                    "no message for " + request + ": " + body);
        }
    }

    /** AWS's REST-JSON services send UnknownOperationException without a message. */
    private static boolean unknownOperation(String errorType) {
        return errorType.equals("UnknownOperationException");
    }

    private static JsonNode parsed(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** One random change somewhere in the tree; the root stays an object. */
    private JsonNode mutate(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        // Half of the changes hit the request's own members, where most validation happens.
        JsonNode container = random.nextBoolean() ? root : containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(5)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name + "X", object.get(name).deepCopy());
                case 2 -> object.set(name, embedded(object.get(name)));
                default -> object.set(name, strange());
            }
        } else if (container instanceof ObjectNode object) {
            object.set("X", strange());
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            if (random.nextBoolean()) {
                array.remove(index);
            } else {
                array.set(index, strange());
            }
        }
        return root;
    }

    /**
     * A member whose text is itself JSON (a state machine's definition, an event's detail, an execution's input)
     * with that JSON mutated; any other member as something strange.
     */
    private JsonNode embedded(JsonNode member) {
        if (member.isTextual()) {
            try {
                JsonNode inner = JSON.readTree(member.asText());
                if (inner != null && inner.isContainerNode()) {
                    JsonNode root = inner.isObject() ? inner : NODES.objectNode().set("X", inner);
                    return NODES.textNode(JSON.writeValueAsString(mutate(mutate(root))));
                }
            } catch (IOException notJson) {
                // Plain text: mutated like any other member below.
            }
        }
        return strange();
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    /** A value of a random type, size or range. */
    private JsonNode strange() {
        return switch (random.nextInt(15)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(1_000_000_000_000_000L);
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(new BigDecimal("1e400"));
            case 5 -> NODES.numberNode(0.5);
            case 6 -> NODES.textNode("");
            case 7 -> NODES.textNode("x".repeat(70_000));
            case 8 -> NODES.textNode("((((((((((((((((((((a))))))))))))))))))))");
            case 9 -> NODES.arrayNode().add(1).add("a");
            case 10 -> NODES.objectNode();
            case 11 -> NODES.objectNode().put("S", "a");
            case 12 -> deep(random.nextInt(900));
            case 13 -> NODES.textNode("(".repeat(2000) + "a = :v" + ")".repeat(2000));
            default -> NODES.textNode("\u0000\uD83D\uDE00'\"\\");
        };
    }

    private static JsonNode deep(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = NODES.objectNode().set("M", node);
        }
        return node;
    }
}
