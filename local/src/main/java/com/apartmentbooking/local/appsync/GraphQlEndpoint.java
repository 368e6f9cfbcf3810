package com.apartmentbooking.local.appsync;

import com.apartmentbooking.local.appsync.RequestRefusal;
import com.apartmentbooking.local.appsync.auth.AuthRequest;
import com.apartmentbooking.local.appsync.auth.Caller;
import com.apartmentbooking.local.appsync.graphql.ApiAddress;
import com.apartmentbooking.local.appsync.graphql.GraphQlEngine;
import com.apartmentbooking.local.appsync.graphql.GraphQlRequest;
import com.apartmentbooking.local.appsync.graphql.GraphQlRequests;
import com.apartmentbooking.local.appsync.graphql.SchemaException;
import com.apartmentbooking.local.appsync.graphql.ServedApi;
import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.server.CorsRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * AppSync's GraphQL endpoint: {@code POST /graphql} (the first API, or the one the host
 * {@code <apiId>.appsync-api.<region>.amazonaws.com} names) and {@code POST /graphql/<apiId>}; GET with
 * {@code query}, {@code variables} and {@code operationName} parameters as AppSync also takes. The request is
 * authenticated by the API's authorizer before it runs; GraphQL errors are answered with 200, as AppSync does.
 * Requests for the real-time endpoint ({@code /graphql/realtime}, the real-time host) are left to it. Browser front
 * ends on another port call it with CORS, which the front door answers by {@link #CORS} for the origins it allows.
 */
public final class GraphQlEndpoint extends Handler.Abstract {

    private static final System.Logger LOG = System.getLogger(GraphQlEndpoint.class.getName());
    private static final String JSON = "application/json; charset=UTF-8";
    /** The largest body read; AWS does not publish AppSync's, so this is the runtime's bound on memory per request. */
    static final int MAX_BODY_BYTES = 5 * 1024 * 1024;
    /** What AppSync's CORS answers allow: the headers AWS clients sign and authenticate with. */
    public static final CorsRules CORS = new CorsRules("GET,POST,OPTIONS",
            "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token,X-Amz-Content-Sha256,X-Amz-User-Agent",
            86400);

    private final GraphQlEngine engine;

    public GraphQlEndpoint(GraphQlEngine engine) {
        this.engine = engine;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        String path = request.getHttpURI().getPath();
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (ApiAddress.ofRealtime(path, host).isPresent()) {
            return false;
        }
        response.getHeaders().put("x-amzn-RequestId", UUID.randomUUID().toString());
        Optional<ApiAddress> address = ApiAddress.ofGraphQl(path, host);
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            // Preflights are the front door's; any other OPTIONS is answered empty.
            response.setStatus(200);
            callback.succeeded();
            return true;
        }
        // A refusal reads the body first: Jetty closes a connection whose request was left unread, under the client.
        if (address.isEmpty()) {
            Content.Source.consumeAll(request);
            refuse(response, callback, new RequestRefusal(404, "NotFoundException", "No GraphQL API is served at " + path + "."));
            return true;
        }
        if (!method.equals("POST") && !method.equals("GET")) {
            Content.Source.consumeAll(request);
            refuse(response, callback, new RequestRefusal(405, "MethodNotAllowedException",
                    "Method " + method + " is not allowed; use POST."));
            return true;
        }
        byte[] body;
        try (InputStream in = Request.asInputStream(request)) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            Content.Source.consumeAll(request);
            refuse(response, callback, new RequestRefusal(413, "MalformedHttpRequestException",
                    "Request body is larger than " + MAX_BODY_BYTES + " bytes."));
            return true;
        }
        try {
            serve(address.get(), request, body, response, callback);
        } catch (RequestRefusal e) {
            refuse(response, callback, e);
        } catch (SchemaException e) {
            refuse(response, callback, new RequestRefusal(400, "GraphQLSchemaException", e.getMessage()));
        }
        return true;
    }

    /** Authenticates the request with its API's authorizer, then runs it; GraphQL errors are in the 200 answer. */
    private void serve(ApiAddress address, Request request, byte[] body, Response response, Callback callback) {
        ServedApi api = engine.api(address);
        String method = request.getMethod();
        AuthRequest authRequest = new AuthRequest(method, request.getHttpURI().getPath(), request.getHttpURI().getQuery(),
                headers(request), body, Request.getRemoteAddr(request));
        Caller caller = api.authorizer().authenticate(authRequest);
        GraphQlRequest graphQl = method.equals("POST") ? GraphQlRequests.parse(body) : parameters(request);
        api.executable().execute(graphQl, caller, authRequest.headers()).whenComplete((answer, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.ERROR, "A GraphQL request failed", failure);
                write(response, callback, 500, errors("InternalFailure", "An internal failure occurred."));
            } else {
                write(response, callback, 200, answer);
            }
        });
    }

    private static GraphQlRequest parameters(Request request) {
        Fields parameters = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        return GraphQlRequests.fromParameters(parameters.getValue("query"), parameters.getValue("variables"),
                parameters.getValue("operationName"));
    }

    /** The request's headers by lower-case name; a repeated header's values joined with commas. */
    private static Map<String, String> headers(Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.merge(field.getLowerCaseName(), field.getValue(), (first, next) -> first + "," + next);
        }
        return headers;
    }

    private static void refuse(Response response, Callback callback, RequestRefusal refusal) {
        response.getHeaders().put("x-amzn-ErrorType", refusal.errorType());
        write(response, callback, refusal.status(), errors(refusal.errorType(), refusal.getMessage()));
    }

    private static ObjectNode errors(String errorType, String message) {
        ObjectNode body = Json.DATA.createObjectNode();
        body.putArray("errors").addObject().put("errorType", errorType).put("message", message);
        return body;
    }

    private static void write(Response response, Callback callback, int status, JsonNode body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        response.write(true, ByteBuffer.wrap(body.toString().getBytes(StandardCharsets.UTF_8)), callback);
    }
}
