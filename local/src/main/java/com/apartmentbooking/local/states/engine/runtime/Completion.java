package com.apartmentbooking.local.states.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a state attempt ended well. {@code result} is the state's result: the task's, the
 * branches', the iterations' output, the Pass state's, or the (effective) input for the states
 * without one. A Choice names its {@code next} and brings the matched branch's Assign and Output
 * ({@code override}); otherwise the state's own transition and fields apply.
 */
record Completion(JsonNode result, String next, boolean override, JsonNode assign, JsonNode output) {
    static Completion of(JsonNode result) {
        return new Completion(result, null, false, null, null);
    }

    static Completion choice(JsonNode result, String next, JsonNode assign, JsonNode output) {
        return new Completion(result, next, true, assign, output);
    }
}
