package com.apartmentbooking.local.states.conformance;

/**
 * Runs one case's definition with its input to completion. The suite depends on this rather than
 * on the engine so that its bookkeeping (known failures, time limit, tallies) is tested with
 * scripted outcomes.
 */
interface CaseRunner {
    ActualOutcome run(ConformanceCase conformanceCase) throws Exception;
}
