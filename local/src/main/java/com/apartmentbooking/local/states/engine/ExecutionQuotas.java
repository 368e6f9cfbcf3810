package com.apartmentbooking.local.states.engine;

import java.time.Duration;

/** AWS's hard quotas on a single execution (Step Functions "Quotas related to state machine executions"). */
public final class ExecutionQuotas {
    /** Events in one execution's history; the event that would be the last one is the execution's failure instead. */
    public static final int MAX_HISTORY_EVENTS = 25_000;
    /** How long a Standard execution may run. AWS says "1 year"; taken as 365 days. */
    public static final Duration STANDARD_MAX_DURATION = Duration.ofDays(365);
    /** How long an Express execution may run. */
    public static final Duration EXPRESS_MAX_DURATION = Duration.ofMinutes(5);

    private ExecutionQuotas() {
    }
}
