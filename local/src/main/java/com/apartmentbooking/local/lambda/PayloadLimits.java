package com.apartmentbooking.local.lambda;

/** Lambda's payload quotas, with the byte counts AWS names in its messages. */
final class PayloadLimits {

    /** Request of a synchronous invocation (6 MB). */
    static final int SYNC_REQUEST_BYTES = 6_291_456;
    /** Response of a synchronous invocation; AWS's own figure, 100 bytes above the request limit. */
    static final int SYNC_RESPONSE_BYTES = 6_291_556;
    /** Request of an asynchronous (Event) invocation (256 KB). */
    static final int ASYNC_REQUEST_BYTES = 262_144;

    private PayloadLimits() {
    }
}
