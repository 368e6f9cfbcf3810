package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.server.AwsJsonService;
import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Step Functions calls EventBridge (events:putEvents) and EventBridge calls Step Functions (StartExecution), so one
 * of the two is created before the other exists. This stands in for the later one: calls made before it is bound
 * (an execution resumed at start publishing an event) wait for it briefly, then answer as an unavailable AWS
 * service would, which the caller's retry policy handles.
 */
final class LateBoundService implements AwsJsonService {

    private static final long WAIT_SECONDS = 30;

    private final String targetPrefix;
    private final CountDownLatch bound = new CountDownLatch(1);
    private volatile AwsJsonService delegate;

    LateBoundService(String targetPrefix) {
        this.targetPrefix = targetPrefix;
    }

    void bind(AwsJsonService service) {
        delegate = service;
        bound.countDown();
    }

    @Override
    public String targetPrefix() {
        return delegate != null ? delegate.targetPrefix() : targetPrefix;
    }

    @Override
    public String errorTypePrefix() {
        return delegate != null ? delegate.errorTypePrefix() : "";
    }

    @Override
    public long maxRequestBytes() {
        return delegate != null ? delegate.maxRequestBytes() : Long.MAX_VALUE;
    }

    @Override
    public JsonNode handle(String operation, JsonNode request, RequestContext ctx) {
        try {
            if (!bound.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AwsServiceException(503, "ServiceUnavailableException", targetPrefix + " is not started yet");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AwsServiceException(503, "ServiceUnavailableException", targetPrefix + " is shutting down");
        }
        return delegate.handle(operation, request, ctx);
    }
}
