package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.template.FunctionSpec;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lambda's REST-JSON API as the SDK calls it, under {@code /2015-03-31/functions}: Invoke (RequestResponse,
 * Event, DryRun), GetFunction, GetFunctionConfiguration and ListFunctions.
 */
final class LambdaProtocol extends Handler.Abstract {

    static final String PREFIX = "/2015-03-31/functions";
    private static final Pattern INVOKE = Pattern.compile(PREFIX + "/([^/]+)/invocations/?");
    private static final Pattern FUNCTION = Pattern.compile(PREFIX + "/([^/]+)/?");
    private static final Pattern CONFIGURATION = Pattern.compile(PREFIX + "/([^/]+)/configuration/?");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final LambdaService service;
    private final FunctionDescriptions descriptions;

    LambdaProtocol(LambdaService service, FunctionDescriptions descriptions) {
        this.service = service;
        this.descriptions = descriptions;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        HttpAnswers.newRequestId(response);
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        String qualifier = Request.extractQueryParameters(request).getValue("Qualifier");
        try {
            Matcher invoke = INVOKE.matcher(path);
            Matcher function = FUNCTION.matcher(path);
            Matcher configuration = CONFIGURATION.matcher(path);
            if ("POST".equals(method) && invoke.matches()) {
                invoke(request, response, callback, invoke.group(1), qualifier);
            } else if ("GET".equals(method) && (path.equals(PREFIX) || path.equals(PREFIX + "/"))) {
                Content.Source.consumeAll(request);
                HttpAnswers.json(response, callback, 200, listFunctions());
            } else if ("GET".equals(method) && configuration.matches()) {
                Content.Source.consumeAll(request);
                HttpAnswers.json(response, callback, 200,
                        descriptions.configuration(service.function(configuration.group(1), qualifier)));
            } else if ("GET".equals(method) && function.matches()) {
                Content.Source.consumeAll(request);
                HttpAnswers.json(response, callback, 200,
                        descriptions.getFunction(service.function(function.group(1), qualifier)));
            } else {
                Content.Source.consumeAll(request);
                throw LambdaErrors.unknownOperation();
            }
        } catch (LambdaException e) {
            HttpAnswers.error(response, callback, e);
        }
        return true;
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

    private ObjectNode listFunctions() {
        ObjectNode answer = JSON.objectNode();
        ArrayNode list = answer.putArray("Functions");
        for (FunctionSpec function : service.functions()) {
            list.add(descriptions.configuration(function));
        }
        return answer;
    }
}
