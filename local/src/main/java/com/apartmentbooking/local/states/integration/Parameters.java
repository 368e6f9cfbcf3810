package com.apartmentbooking.local.states.integration;

import com.apartmentbooking.local.states.engine.task.TaskRequest;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A task's parameters as a request object the integration may change; parameters that are not an object make
 * an empty request, which the called service refuses as it would.
 */
final class Parameters {
    private Parameters() {
    }

    static ObjectNode copy(TaskRequest request) {
        return request.parameters() instanceof ObjectNode object ? object.deepCopy()
                : JsonNodeFactory.instance.objectNode();
    }
}
