package com.apartmentbooking.local.states.integration;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The response metadata optimized integrations add to a service's response, as the AWS SDK for Java 1.x
 * reports it: {@code SdkHttpMetadata} (headers and status) and {@code SdkResponseMetadata} (the request id).
 */
final class SdkMetadata {
    private SdkMetadata() {
    }

    static ObjectNode addTo(ObjectNode response, String requestId, String contentType) {
        ObjectNode http = response.putObject("SdkHttpMetadata");
        ObjectNode all = http.putObject("AllHttpHeaders");
        all.putArray("x-amzn-RequestId").add(requestId);
        all.putArray("Content-Type").add(contentType);
        http.putObject("HttpHeaders").put("x-amzn-RequestId", requestId).put("Content-Type", contentType);
        http.put("HttpStatusCode", 200);
        response.putObject("SdkResponseMetadata").put("RequestId", requestId);
        return response;
    }
}
