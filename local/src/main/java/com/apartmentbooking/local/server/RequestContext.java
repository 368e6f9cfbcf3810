package com.apartmentbooking.local.server;

import java.util.List;
import java.util.Map;

/**
 * What a service may want to know about a request besides its body.
 *
 * @param requestId the id sent back as {@code x-amzn-RequestId}
 * @param target the raw {@code X-Amz-Target} header
 * @param headers all request headers, names case-insensitive
 * @param remoteAddress the client's IP address
 * @param accessKeyId the access key id from the SigV4 {@code Authorization} header (not verified), or {@code null}
 * @param region the region of the SigV4 credential scope, or {@code null}
 */
public record RequestContext(String requestId, String target, Map<String, List<String>> headers,
        String remoteAddress, String accessKeyId, String region) {

    /**
     * The context of a call one service of the runtime makes to another in-process (a Step Functions task
     * calling DynamoDB, an EventBridge rule starting an execution): no headers, no caller address.
     */
    public static RequestContext internal(String region) {
        return new RequestContext(RequestIds.next(), null, Map.of(), "127.0.0.1", null, region);
    }

    /** The first value of a header, or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
