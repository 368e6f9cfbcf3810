package com.apartmentbooking.local.states.definition;

/** How a Map runs its items: inside the execution, or as child executions of a Map Run. */
public enum ProcessorMode {
    INLINE,
    DISTRIBUTED
}
