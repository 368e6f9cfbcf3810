package com.apartmentbooking.local.sqs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Takes from the front door the requests of SQS's query protocol: a form-encoded POST, on any path, without an
 * {@code X-Amz-Target}, whose {@code Action} is one of SQS's. Others go on to the next handler (their body read:
 * what follows, the AWS JSON services, answers a request without a target without reading it).
 */
final class SqsQueryHandler extends Handler.Abstract {

    private static final System.Logger LOG = System.getLogger(SqsQueryHandler.class.getName());
    private static final String FORM = "application/x-www-form-urlencoded";
    /** A 256 KiB message percent-encoded takes up to three times its size; attributes fit in the margin. */
    private static final int MAX_REQUEST_BYTES = 3 * 1024 * 1024;

    private final SqsQueryProtocol protocol;

    SqsQueryHandler(SqsQueryProtocol protocol) {
        this.protocol = protocol;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        if (!"POST".equals(request.getMethod()) || request.getHeaders().contains("X-Amz-Target")
                || !FORM.equalsIgnoreCase(MimeTypes.getContentTypeWithoutCharset(
                        String.valueOf(request.getHeaders().get(HttpHeader.CONTENT_TYPE))).trim())) {
            return false;
        }
        if (request.getLength() > MAX_REQUEST_BYTES) {
            return tooLarge(request, response, callback);
        }
        byte[] body;
        try (InputStream in = Request.asInputStream(request)) {
            body = in.readNBytes(MAX_REQUEST_BYTES + 1);
            if (body.length > MAX_REQUEST_BYTES) {
                // Read to its end before the stream closes: closing it with content left fails the exchange.
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        if (body.length > MAX_REQUEST_BYTES) {
            return tooLarge(request, response, callback);
        }
        String requestId = UUID.randomUUID().toString();
        QueryParameters parameters;
        try {
            parameters = QueryParameters.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            write(response, callback, requestId, 400, SqsQueryProtocol.error(
                    new SqsException(400, "MalformedQueryString", "The request body is not a valid form encoding."),
                    requestId));
            return true;
        }
        String action = parameters.get("Action");
        if (!SqsQueryProtocol.isSqsAction(action)) {
            return false;
        }
        String path = Request.getPathInContext(request);
        try {
            write(response, callback, requestId, 200, protocol.handle(action, parameters, path, requestId));
        } catch (SqsException e) {
            write(response, callback, requestId, e.status(), SqsQueryProtocol.error(e, requestId));
        } catch (RuntimeException e) {
            // The client learns only that it failed; the cause stays in the server's log.
            LOG.log(System.Logger.Level.ERROR, "Request " + requestId + " (SQS " + action + ") failed", e);
            write(response, callback, requestId, 500, SqsQueryProtocol.error(
                    new SqsException(500, "InternalFailure", "The request processing has failed because of an "
                            + "unknown error, exception or failure."), requestId));
        }
        return true;
    }

    private static boolean tooLarge(Request request, Response response, Callback callback) throws IOException {
        // As the AWS JSON services answer it: 413 without a body, the rest of the request read and dropped first.
        Content.Source.consumeAll(request);
        response.setStatus(413);
        response.write(true, ByteBuffer.allocate(0), callback);
        return true;
    }

    private static void write(Response response, Callback callback, String requestId, int status, String xml) {
        response.setStatus(status);
        response.getHeaders().put("x-amzn-RequestId", requestId);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/xml");
        response.write(true, ByteBuffer.wrap(xml.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
