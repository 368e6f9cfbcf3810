package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Function URLs: {@code /lambda-url/<function>/<path>} invokes the function with a payload format 2.0 event and
 * answers with what it returned, as Lambda's URL front end maps it. Requests to a function without a URL, or
 * unsigned requests to a URL with AuthType AWS_IAM, are forbidden (signatures are not checked).
 */
final class FunctionUrlHandler extends Handler.Abstract {

    static final String PREFIX = "/lambda-url";
    private static final byte[] FORBIDDEN = message("Forbidden");
    private static final byte[] TOO_MANY_REQUESTS = message("Too Many Requests");
    private static final byte[] REQUEST_TOO_LARGE = message("Request Entity Too Large");

    private final LambdaService lambda;
    private final Clock clock;
    private final String accountId;
    private final String region;

    FunctionUrlHandler(LambdaService lambda, Clock clock, String accountId, String region) {
        this.lambda = lambda;
        this.clock = clock;
        this.accountId = accountId;
        this.region = region;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        String requestId = UUID.randomUUID().toString();
        response.getHeaders().put("x-amzn-RequestId", requestId);
        String rawPath = request.getHttpURI().getPath();
        String rest = rawPath.substring(PREFIX.length());
        int slash = rest.indexOf('/', 1);
        String functionName = rest.length() <= 1 ? "" : rest.substring(1, slash < 0 ? rest.length() : slash);
        String functionPath = slash < 0 ? "/" : rest.substring(slash);
        LambdaFunction function = functionWithUrl(functionName);
        if (function == null || !authorized(function, request)) {
            Content.Source.consumeAll(request);
            HttpAnswers.write(response, callback, 403, "application/json", FORBIDDEN);
            return true;
        }
        if (request.getLength() > PayloadLimits.SYNC_REQUEST_BYTES) {
            Content.Source.consumeAll(request);
            HttpAnswers.write(response, callback, 413, "application/json", REQUEST_TOO_LARGE);
            return true;
        }
        byte[] body;
        try (InputStream in = Request.asInputStream(request)) {
            // One byte past the limit tells a body without Content-Length that is too large from one that fits.
            body = in.readNBytes(PayloadLimits.SYNC_REQUEST_BYTES + 1);
            if (body.length > PayloadLimits.SYNC_REQUEST_BYTES) {
                // Read to its end before the stream closes: closing it with content left fails the exchange.
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        if (body.length > PayloadLimits.SYNC_REQUEST_BYTES) {
            HttpAnswers.write(response, callback, 413, "application/json", REQUEST_TOO_LARGE);
            return true;
        }
        FunctionUrlEvents.HttpRequest http = new FunctionUrlEvents.HttpRequest(request.getMethod(),
                request.getHttpURI().getScheme(), functionPath,
                request.getHttpURI().getQuery(), request.getConnectionMetaData().getProtocol(),
                Request.getRemoteAddr(request), headers(request), body);
        FunctionUrlEvents.UrlIdentity url = new FunctionUrlEvents.UrlIdentity(accountId, urlId(function), region);
        byte[] event = FunctionUrlEvents.event(http, url, requestId, clock.now()).toString()
                .getBytes(StandardCharsets.UTF_8);
        lambda.invoke(function.functionName(), null, event).whenComplete((result, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                boolean throttled = cause instanceof LambdaException refused && refused.status() == 429;
                HttpAnswers.write(response, callback, throttled ? 429 : 502, "application/json",
                        throttled ? TOO_MANY_REQUESTS : FunctionUrlResponses.INTERNAL_ERROR);
            } else if (result.functionError() != null) {
                HttpAnswers.write(response, callback, 502, "application/json", FunctionUrlResponses.INTERNAL_ERROR);
            } else {
                FunctionUrlResponses.write(result.payload(), response, callback);
            }
        });
        return true;
    }

    private LambdaFunction functionWithUrl(String functionName) {
        if (functionName.isEmpty()) {
            return null;
        }
        try {
            LambdaFunction function = lambda.function(functionName, null);
            return function.url() == null ? null : function;
        } catch (LambdaException e) {
            return null;
        }
    }

    /** AuthType NONE lets everyone in; AWS_IAM wants a SigV4-signed request (the signature itself is not checked). */
    private static boolean authorized(LambdaFunction function, Request request) {
        if (!"AWS_IAM".equals(function.url().authType())) {
            return true;
        }
        String authorization = request.getHeaders().get("Authorization");
        return authorization != null && authorization.startsWith("AWS4-HMAC-SHA256 ");
    }

    /** A stable 32-character id per function, in the form of AWS's URL ids. */
    private String urlId(LambdaFunction function) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((accountId + ":" + function.functionName()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(field.getValue());
        }
        return headers;
    }

    private static byte[] message(String text) {
        return Json.DATA.createObjectNode().put("Message", text).toString().getBytes(StandardCharsets.UTF_8);
    }
}
