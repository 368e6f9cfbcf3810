package com.apartmentbooking.local.server;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The AWS JSON protocol: picks the service by the {@code X-Amz-Target} prefix, enforces its body limit, parses
 * the body, checks the signature of a service that asks for it, calls the service and writes its answer or error in
 * AWS's shape. The checks of this layer are those of AWS's request framework, in its order, as recorded against
 * DynamoDB (dynalite reproduces them), whose endpoint answers what names no service:
 * <ol>
 * <li>a body over the limit: 413 with no body, once the body is read;
 * <li>anything but a POST, or a body that is not {@code application/json} or the service's
 * {@code application/x-amz-json-<version>}: 404 {@code <UnknownOperationException/>};
 * <li>a body that is not a JSON object: 400 {@code com.amazon.coral.service#SerializationException};
 * <li>an unknown or missing target, or an operation the service does not serve
 * ({@link AwsJsonService#serves}): 400 {@code com.amazon.coral.service#UnknownOperationException};
 * <li>the signature ({@link AwsJsonSignatures}): none at all is 400
 * {@code com.amazon.coral.service#MissingAuthenticationTokenException};
 * <li>no body at all: the SerializationException.
 * </ol>
 * Every answer carries {@code x-amzn-RequestId}, and {@code x-amz-crc32} of its body unless the service turns it
 * off. JSON answers are {@code application/json} to a request of that type and the service's own type otherwise.
 */
final class AwsJsonHandler extends Handler.Abstract {

    private static final System.Logger LOG = System.getLogger(AwsJsonHandler.class.getName());
    private static final String TARGET = "X-Amz-Target";
    private static final String JSON = "application/json";
    /** The limit of requests that name no service: DynamoDB's, whose endpoint answers them. */
    private static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;
    /** The protocol version of requests that name no service: DynamoDB's. */
    private static final String DEFAULT_JSON_VERSION = "1.0";
    private static final byte[] NOT_FOUND = "<UnknownOperationException/>\n".getBytes(StandardCharsets.UTF_8);

    /** Bound once to the tree type, so that no call looks up its (de)serializer again. */
    private static final ObjectReader TREE_READER = Json.WIRE.readerFor(JsonNode.class);
    private static final ObjectWriter TREE_WRITER = Json.WIRE.writerFor(JsonNode.class);

    private final Map<String, AwsJsonService> servicesByPrefix;
    private final AwsJsonSignatures signatures;

    /** {@code verifier} checks the signatures of services that ask for it; {@code null} checks none. */
    AwsJsonHandler(Map<String, AwsJsonService> servicesByPrefix, SigV4Verifier verifier) {
        this.servicesByPrefix = Map.copyOf(servicesByPrefix);
        this.signatures = verifier == null ? null : new AwsJsonSignatures(verifier);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        String requestId = RequestIds.next();
        response.getHeaders().put("x-amzn-RequestId", requestId);
        String target = request.getHeaders().get(TARGET);
        int dot = target == null ? -1 : target.indexOf('.');
        AwsJsonService service = dot < 0 ? null : servicesByPrefix.get(target.substring(0, dot));
        byte[] body = readBody(request, service == null ? DEFAULT_MAX_REQUEST_BYTES : service.maxRequestBytes());
        if (body == null) {
            writeTooLarge(response, callback);
            return true;
        }
        String contentType = mediaType(request);
        String ownType = "application/x-amz-json-" + (service == null ? DEFAULT_JSON_VERSION : service.jsonVersion());
        if (!"POST".equals(request.getMethod())
                || (body.length > 0 && !JSON.equals(contentType) && !ownType.equals(contentType))) {
            writeNotFound(response, callback, service);
            return true;
        }
        Answer answer = new Answer(response, callback, service, ownType.equals(contentType) ? ownType : JSON);
        JsonNode parsed = body.length == 0 ? null : parse(body);
        if (body.length > 0 && parsed == null) {
            answer.error(serializationException());
            return true;
        }
        String operation = dot < 0 ? "" : target.substring(dot + 1);
        if (service == null || operation.isEmpty() || !service.serves(operation)) {
            answer.error(AwsServiceException.unknownOperation());
            return true;
        }
        if (signatures != null && service.signingScope().isPresent()) {
            try {
                signatures.check(request, body, service.signingScope().get());
            } catch (SigV4Rejection rejection) {
                answer.error(new AwsServiceException(400, AwsServiceException.FRAMEWORK_PREFIX + rejection.code(),
                        rejection.getMessage()));
                return true;
            }
        }
        if (parsed == null) {
            answer.error(serializationException());
            return true;
        }
        SigV4Credential credential = SigV4Credential.parse(request.getHeaders().get(HttpHeader.AUTHORIZATION));
        RequestContext ctx = new RequestContext(requestId, target, new RequestHeaders(request.getHeaders()),
                Request.getRemoteAddr(request),
                credential.accessKeyId(), credential.region());
        JsonNode result;
        try {
            result = service.handle(operation, parsed, ctx);
        } catch (AwsServiceException e) {
            answer.error(e);
            return true;
        } catch (RuntimeException e) {
            // The client learns only that it failed; the cause stays in the server's log.
            LOG.log(System.Logger.Level.ERROR, "Request " + requestId + " (" + target + ") failed", e);
            answer.error(new AwsServiceException(500, "InternalServerError", "Internal server error"));
            return true;
        }
        answer.write(200, result == null ? Json.WIRE.createObjectNode() : result);
        return true;
    }

    /**
     * The whole body, or {@code null} when it is over the limit; then it has been read to its end all the same, as a
     * client still sending it would otherwise fail on a closed connection instead of seeing the 413.
     */
    private static byte[] readBody(Request request, long limit) throws IOException {
        if (request.getLength() > limit) {
            Content.Source.consumeAll(request);
            return null;
        }
        try (InputStream in = Request.asInputStream(request)) {
            long length = request.getLength();
            if (length >= 0) {
                // An array of the declared size, not a buffer of the limit's: then the stream's end, as closing it
                // before its end fails the exchange (nothing follows the declared length, so this reads no more).
                byte[] body = in.readNBytes((int) length);
                while (in.read() >= 0) {
                    continue;
                }
                return body;
            }
            // One byte past the limit tells a body without Content-Length that is too large from one that fits.
            byte[] body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
            if (body.length <= limit) {
                return body;
            }
            // Read to its end before the stream closes: closing it with content left fails the exchange.
            in.transferTo(OutputStream.nullOutputStream());
            return null;
        }
    }

    /** The request's media type without parameters, in lower case; empty when it has none. */
    private static String mediaType(Request request) {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The body as a JSON object, or {@code null} when it is malformed or not an object. */
    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = TREE_READER.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static AwsServiceException serializationException() {
        return new AwsServiceException(400, AwsServiceException.FRAMEWORK_PREFIX + "SerializationException", null);
    }

    /** What DynamoDB answers to anything but a POST of JSON: an XML fragment, not the JSON error shape. */
    private static void writeNotFound(Response response, Callback callback, AwsJsonService service) {
        response.setStatus(404);
        if (service == null || service.crc32Header()) {
            response.getHeaders().put("x-amz-crc32", crc32(NOT_FOUND));
        }
        response.write(true, ByteBuffer.wrap(NOT_FOUND), callback);
    }

    /** 413 with no body, sent chunked as AWS's framework does: its headers go out before the (empty) end. */
    private static void writeTooLarge(Response response, Callback callback) {
        response.setStatus(413);
        response.getHeaders().put(HttpHeader.TRANSFER_ENCODING, "chunked");
        response.write(false, null,
                Callback.from(() -> response.write(true, null, callback), callback::failed));
    }

    private static String crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Long.toString(crc.getValue());
    }

    /** The answer to one request, in the content type chosen for it. */
    private record Answer(Response response, Callback callback, AwsJsonService service, String contentType) {

        void error(AwsServiceException error) {
            ObjectNode body = Json.WIRE.createObjectNode();
            String code = error.code();
            body.put("__type", code.contains("#") || service == null ? code : service.errorTypePrefix() + code);
            if (error.getMessage() != null) {
                body.put(error.messageMember(), error.getMessage());
            }
            error.members().forEach(body::set);
            write(error.status(), body);
        }

        void write(int status, JsonNode node) {
            byte[] bytes;
            try {
                bytes = TREE_WRITER.writeValueAsBytes(node);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A JSON tree always serializes", e);
            }
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
            if (service == null || service.crc32Header()) {
                response.getHeaders().put("x-amz-crc32", crc32(bytes));
            }
            response.write(true, ByteBuffer.wrap(bytes), callback);
        }
    }
}
