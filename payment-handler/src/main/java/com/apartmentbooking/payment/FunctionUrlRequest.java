package com.apartmentbooking.payment;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.apartmentbooking.model.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Null-safe reading of a Lambda function URL request. */
final class FunctionUrlRequest {

    private final APIGatewayV2HTTPEvent event;

    FunctionUrlRequest(APIGatewayV2HTTPEvent event) {
        this.event = event;
    }

    String path() {
        return event.getRawPath() == null ? "" : event.getRawPath();
    }

    String method() {
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        if (context == null || context.getHttp() == null || context.getHttp().getMethod() == null) {
            return "";
        }
        return context.getHttp().getMethod();
    }

    /** Header names are case-insensitive in HTTP; function URLs deliver them lower-cased. */
    String header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (name.equalsIgnoreCase(header.getKey())) {
                return header.getValue();
            }
        }
        return null;
    }

    /** The body's bytes exactly as the client sent them: what the signature covers. */
    byte[] rawBody() {
        String body = event.getBody() == null ? "" : event.getBody();
        if (!event.getIsBase64Encoded()) {
            return body.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("body", "is not valid base64");
        }
    }
}
