package com.apartmentbooking.local.events;

import com.apartmentbooking.local.server.AwsJsonService;
import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CountDownLatch;

/**
 * Stands in for Step Functions as a service that never answers StartExecution, so that deliveries are in hand
 * when the runtime stops (the real service cannot be held mid-call).
 */
final class UnansweringStepFunctions implements AwsJsonService {

    /** Counted down when the first StartExecution arrives. */
    final CountDownLatch called = new CountDownLatch(1);

    @Override
    public String targetPrefix() {
        return "AWSStepFunctions";
    }

    @Override
    public String errorTypePrefix() {
        return "";
    }

    @Override
    public long maxRequestBytes() {
        return 1 << 20;
    }

    @Override
    public JsonNode handle(String operation, JsonNode request, RequestContext ctx) {
        called.countDown();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AwsServiceException(500, "InternalFailure", "Stopped before answering");
    }
}
