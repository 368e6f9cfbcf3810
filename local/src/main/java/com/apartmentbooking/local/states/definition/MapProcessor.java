package com.apartmentbooking.local.states.definition;

/**
 * What a Map runs for each item: its ItemProcessor (or legacy Iterator) graph and the
 * ProcessorConfig's Mode and, for DISTRIBUTED, ExecutionType (STANDARD or EXPRESS).
 */
public record MapProcessor(StateGraph graph, ProcessorMode mode, String executionType) {
}
