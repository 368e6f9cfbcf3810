package com.apartmentbooking.local.states.engine.runtime;

/**
 * Where a terminal failure (States.Runtime, which no Retry or Catch handles) ends up: the whole
 * execution, or, inside a distributed Map, the child execution of one item, which fails that
 * item only.
 */
interface FailureBoundary {
    void terminate(String error, String cause);
}
