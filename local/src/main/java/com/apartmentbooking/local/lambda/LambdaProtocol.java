package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Lambda's REST-JSON API as the SDK calls it: Invoke (RequestResponse, Event, DryRun) under
 * {@code /2015-03-31/functions}, and the other {@link LambdaOperations} under their own paths there, under
 * {@code /2015-03-31/event-source-mappings} and (function URLs) under {@code /2021-10-31/functions}.
 */
final class LambdaProtocol extends Handler.Abstract {

    static final String API_VERSION = "/2015-03-31";
    static final String URLS_API_VERSION = "/2021-10-31";
    static final String PREFIX = API_VERSION + "/functions";
    static final String MAPPINGS_PREFIX = API_VERSION + "/event-source-mappings";
    static final String URLS_PREFIX = URLS_API_VERSION + "/functions";
    /** The largest request body Lambda takes (a CreateFunction with its package inline). */
    static final int MAX_REQUEST_BYTES = 70_167_211;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern INVOKE = Pattern.compile(PREFIX + "/([^/]+)/invocations/?");
    /** The operations but Invoke, by method and path; a path's group is the member named by the route. */
    private static final List<Route> ROUTES = List.of(
            new Route("GET", PREFIX + "/?", "ListFunctions", 200, null),
            new Route("POST", PREFIX + "/?", "CreateFunction", 201, null),
            new Route("GET", PREFIX + "/([^/]+)/configuration/?", "GetFunctionConfiguration", 200, "FunctionName"),
            new Route("PUT", PREFIX + "/([^/]+)/configuration/?", "UpdateFunctionConfiguration", 200, "FunctionName"),
            new Route("PUT", PREFIX + "/([^/]+)/code/?", "UpdateFunctionCode", 200, "FunctionName"),
            new Route("POST", PREFIX + "/([^/]+)/versions/?", "PublishVersion", 201, "FunctionName"),
            new Route("POST", PREFIX + "/([^/]+)/aliases/?", "CreateAlias", 201, "FunctionName"),
            new Route("GET", PREFIX + "/([^/]+)/?", "GetFunction", 200, "FunctionName"),
            new Route("POST", URLS_PREFIX + "/([^/]+)/url/?", "CreateFunctionUrlConfig", 201, "FunctionName"),
            new Route("PUT", URLS_PREFIX + "/([^/]+)/url/?", "UpdateFunctionUrlConfig", 200, "FunctionName"),
            new Route("GET", URLS_PREFIX + "/([^/]+)/url/?", "GetFunctionUrlConfig", 200, "FunctionName"),
            new Route("GET", MAPPINGS_PREFIX + "/?", "ListEventSourceMappings", 200, null),
            new Route("POST", MAPPINGS_PREFIX + "/?", "CreateEventSourceMapping", 202, null),
            new Route("GET", MAPPINGS_PREFIX + "/([^/]+)/?", "GetEventSourceMapping", 200, "UUID"),
            new Route("PUT", MAPPINGS_PREFIX + "/([^/]+)/?", "UpdateEventSourceMapping", 202, "UUID"),
            new Route("DELETE", MAPPINGS_PREFIX + "/([^/]+)/?", "DeleteEventSourceMapping", 202, "UUID"));
    /** Query string parameters that are members of the operations' input shapes. */
    private static final List<String> QUERY_MEMBERS = List.of("Qualifier", "FunctionName", "EventSourceArn");

    /** The operations served: Invoke and those of the routes. */
    static Set<String> operations() {
        Set<String> operations = new TreeSet<>(Set.of("Invoke"));
        ROUTES.forEach(route -> operations.add(route.operation()));
        return operations;
    }

    private record Route(String method, Pattern path, String operation, int status, String pathMember) {
        Route(String method, String path, String operation, int status, String pathMember) {
            this(method, Pattern.compile(path), operation, status, pathMember);
        }
    }

    private final LambdaService service;
    private final LambdaOperations operations;

    LambdaProtocol(LambdaService service, LambdaOperations operations) {
        this.service = service;
        this.operations = operations;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        HttpAnswers.newRequestId(response);
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        String qualifier = Request.extractQueryParameters(request).getValue("Qualifier");
        try {
            Matcher invoke = INVOKE.matcher(path);
            if ("POST".equals(method) && invoke.matches()) {
                invoke(request, response, callback, invoke.group(1), qualifier);
                return true;
            }
            for (Route route : ROUTES) {
                Matcher matcher = route.path().matcher(path);
                if (route.method().equals(method) && matcher.matches()) {
                    ObjectNode input = input(request);
                    if (route.pathMember() != null) {
                        input.put(route.pathMember(), matcher.group(1));
                    }
                    HttpAnswers.json(response, callback, route.status(), operations.call(route.operation(), input));
                    return true;
                }
            }
            Content.Source.consumeAll(request);
            throw LambdaErrors.unknownOperation();
        } catch (LambdaException e) {
            HttpAnswers.error(response, callback, e);
        }
        return true;
    }

    /** The operation's input: the JSON body's members and those of the query string. */
    private static ObjectNode input(Request request) throws IOException {
        byte[] body;
        try (InputStream in = Request.asInputStream(request)) {
            body = in.readNBytes(MAX_REQUEST_BYTES + 1);
            if (body.length > MAX_REQUEST_BYTES) {
                in.transferTo(OutputStream.nullOutputStream());
                throw LambdaErrors.requestTooLarge(MAX_REQUEST_BYTES);
            }
        }
        ObjectNode input = JSON.objectNode();
        if (body.length > 0) {
            JsonNode parsed;
            try {
                parsed = Json.WIRE.readTree(body);
            } catch (JsonProcessingException e) {
                throw LambdaErrors.invalidRequestContent(e.getOriginalMessage());
            }
            if (parsed instanceof ObjectNode members) {
                input.setAll(members);
            } else if (!parsed.isMissingNode()) {
                throw LambdaErrors.invalidRequestContent("the body is not a JSON object");
            }
        }
        Fields query = Request.extractQueryParameters(request);
        for (String member : QUERY_MEMBERS) {
            String value = query.getValue(member);
            if (value != null) {
                input.put(member, value);
            }
        }
        return input;
    }

    private void invoke(Request request, Response response, Callback callback, String functionName, String qualifier)
            throws IOException {
        String type = request.getHeaders().get("X-Amz-Invocation-Type");
        byte[] payload = readPayload(request);
        if (type == null || type.equals("RequestResponse")) {
            boolean tail = "Tail".equals(request.getHeaders().get("X-Amz-Log-Type"));
            service.invokeWithLog(functionName, qualifier, payload).whenComplete((logged, failure) -> {
                if (failure != null) {
                    HttpAnswers.error(response, callback,
                            failure instanceof CompletionException ? failure.getCause() : failure);
                    return;
                }
                InvocationResult result = logged.result();
                response.getHeaders().put("X-Amz-Executed-Version", result.executedVersion());
                if (result.functionError() != null) {
                    response.getHeaders().put("X-Amz-Function-Error", result.functionError());
                }
                if (tail) {
                    response.getHeaders().put("X-Amz-Log-Result",
                            Base64.getEncoder().encodeToString(logged.logTail().getBytes(StandardCharsets.UTF_8)));
                }
                HttpAnswers.write(response, callback, 200, "application/json", result.payload());
            });
        } else if (type.equals("Event")) {
            service.invokeAsync(functionName, qualifier, payload);
            HttpAnswers.write(response, callback, 202, null, new byte[0]);
        } else if (type.equals("DryRun")) {
            service.dryRun(functionName, qualifier, payload);
            HttpAnswers.write(response, callback, 204, null, new byte[0]);
        } else {
            throw LambdaErrors.validation(type, "invocationType",
                    "Member must satisfy enum value set: [Event, RequestResponse, DryRun]");
        }
    }

    /** The body, refusing one over the synchronous limit without keeping more than the limit in memory. */
    private static byte[] readPayload(Request request) throws IOException {
        try (InputStream in = Request.asInputStream(request)) {
            byte[] payload = in.readNBytes(PayloadLimits.SYNC_REQUEST_BYTES + 1);
            if (payload.length > PayloadLimits.SYNC_REQUEST_BYTES) {
                in.transferTo(OutputStream.nullOutputStream());
                throw LambdaErrors.syncRequestTooLarge();
            }
            return payload;
        }
    }
}
