package com.apartmentbooking.local.events;

import com.fasterxml.jackson.databind.JsonNode;

/** EventBridge as other services of the runtime call it; a refusal is an {@link EventsException}. */
public interface EventsApi {

    /**
     * PutEvents from the API's own JSON request, as Step Functions' {@code events:putEvents} passes its
     * Parameters; returns the API's response, with its per-entry errors.
     */
    JsonNode putEvents(JsonNode request);
}
