package com.apartmentbooking.local.events;

/** How long and how often a target's failed deliveries are retried. */
record RetryPolicy(int maximumRetryAttempts, int maximumEventAgeInSeconds) {

    static final int MAX_RETRY_ATTEMPTS = 185;
    static final int MIN_EVENT_AGE_SECONDS = 60;
    static final int MAX_EVENT_AGE_SECONDS = 86_400;

    /** AWS's policy for a target that sets none: 185 retries within 24 hours. */
    static final RetryPolicy DEFAULT = new RetryPolicy(MAX_RETRY_ATTEMPTS, MAX_EVENT_AGE_SECONDS);
}
