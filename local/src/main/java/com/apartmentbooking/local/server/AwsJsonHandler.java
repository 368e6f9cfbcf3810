package com.apartmentbooking.local.server;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The AWS JSON protocol: picks the service by the {@code X-Amz-Target} prefix, enforces its body limit, parses
 * the body, calls the service and writes its answer or error in AWS's shape. Errors of this layer are the ones
 * AWS's request framework answers (recorded against DynamoDB, as dynalite reproduces them): an unknown or
 * missing target is 400 {@code com.amazon.coral.service#UnknownOperationException}, a body that is not a JSON
 * object is 400 {@code com.amazon.coral.service#SerializationException}, both without a message, and a body
 * over the limit is 413 with no body.
 */
final class AwsJsonHandler extends Handler.Abstract {

    private static final System.Logger LOG = System.getLogger(AwsJsonHandler.class.getName());
    private static final String TARGET = "X-Amz-Target";
    /** The content type of answers that belong to no service (no or unknown target). */
    private static final String DEFAULT_CONTENT_TYPE = "application/x-amz-json-1.0";

    private final Map<String, AwsJsonService> servicesByPrefix;

    AwsJsonHandler(Map<String, AwsJsonService> servicesByPrefix) {
        this.servicesByPrefix = Map.copyOf(servicesByPrefix);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        String requestId = RequestIds.next();
        response.getHeaders().put("x-amzn-RequestId", requestId);
        if (!"POST".equals(request.getMethod())) {
            // What DynamoDB answers to anything but a POST.
            response.setStatus(404);
            response.write(true, ByteBuffer.wrap("<UnknownOperationException/>\n".getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
        String target = request.getHeaders().get(TARGET);
        int dot = target == null ? -1 : target.indexOf('.');
        AwsJsonService service = dot < 0 ? null : servicesByPrefix.get(target.substring(0, dot));
        if (service == null) {
            writeError(response, callback, null, AwsServiceException.unknownOperation());
            return true;
        }
        long limit = service.maxRequestBytes();
        if (request.getLength() > limit) {
            writeTooLarge(request, response, callback);
            return true;
        }
        byte[] body;
        try (InputStream in = Request.asInputStream(request)) {
            // One byte past the limit tells a body without Content-Length that is too large from one that fits.
            body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
            if (body.length > limit) {
                // Read to its end before the stream closes: closing it with content left fails the exchange.
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        if (body.length > limit) {
            writeTooLarge(request, response, callback);
            return true;
        }
        JsonNode parsed = parse(body);
        if (parsed == null) {
            writeError(response, callback, service,
                    new AwsServiceException(400, AwsServiceException.FRAMEWORK_PREFIX + "SerializationException", null));
            return true;
        }
        SigV4Credential credential = SigV4Credential.parse(request.getHeaders().get(HttpHeader.AUTHORIZATION));
        RequestContext ctx = new RequestContext(requestId, target, headers(request), Request.getRemoteAddr(request),
                credential.accessKeyId(), credential.region());
        JsonNode answer;
        try {
            answer = service.handle(target.substring(dot + 1), parsed, ctx);
        } catch (AwsServiceException e) {
            writeError(response, callback, service, e);
            return true;
        } catch (RuntimeException e) {
            // The client learns only that it failed; the cause stays in the server's log.
            LOG.log(System.Logger.Level.ERROR, "Request " + requestId + " (" + target + ") failed", e);
            writeError(response, callback, service, new AwsServiceException(500, "InternalServerError", "Internal server error"));
            return true;
        }
        write(response, callback, service, 200, answer == null ? Json.WIRE.createObjectNode() : answer);
        return true;
    }

    /** The body as a JSON object, or {@code null} when it is empty, malformed or not an object. */
    private JsonNode parse(byte[] body) {
        try {
            JsonNode node = Json.WIRE.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
        }
        return Collections.unmodifiableMap(headers);
    }

    private void writeError(Response response, Callback callback, AwsJsonService service, AwsServiceException error) {
        ObjectNode body = Json.WIRE.createObjectNode();
        String code = error.code();
        body.put("__type", code.contains("#") || service == null ? code : service.errorTypePrefix() + code);
        if (error.getMessage() != null) {
            body.put(error.messageMember(), error.getMessage());
        }
        error.members().forEach(body::set);
        write(response, callback, service, error.status(), body);
    }

    private static void writeTooLarge(Request request, Response response, Callback callback) throws IOException {
        // The rest of the body is read and dropped first: a client still sending it would otherwise fail on a
        // closed connection instead of seeing the 413.
        Content.Source.consumeAll(request);
        response.setStatus(413);
        response.write(true, ByteBuffer.allocate(0), callback);
    }

    private void write(Response response, Callback callback, AwsJsonService service, int status, JsonNode node) {
        byte[] bytes;
        try {
            bytes = Json.WIRE.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE,
                service == null ? DEFAULT_CONTENT_TYPE : "application/x-amz-json-" + service.jsonVersion());
        if (service == null || service.crc32Header()) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            response.getHeaders().put("x-amz-crc32", Long.toString(crc.getValue()));
        }
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
