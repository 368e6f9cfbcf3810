package com.apartmentbooking.local.events;

/**
 * A rule's target as kept in the store. At most one of {@code input}, {@code inputPath} and
 * {@code inputTransformer} is set; none means the whole event is delivered.
 *
 * @param retryPolicy the policy the target set, or null for {@link RetryPolicy#DEFAULT}
 */
record Target(String id, String arn, String roleArn, String input, String inputPath,
        InputTransformer inputTransformer, RetryPolicy retryPolicy, String deadLetterArn) {

    RetryPolicy effectiveRetryPolicy() {
        return retryPolicy == null ? RetryPolicy.DEFAULT : retryPolicy;
    }
}
