package com.apartmentbooking.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;

/** The JSONPaths of targets (InputPath, InputPathsMap) read on the event. */
final class EventPaths {

    private static final Configuration CONFIGURATION = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .options(Option.SUPPRESS_EXCEPTIONS)
            .build();

    private EventPaths() {
    }

    /** Whether {@code path} is a JSONPath EventBridge would accept. */
    static boolean valid(String path) {
        if (path == null || !path.startsWith("$")) {
            return false;
        }
        try {
            JsonPath.compile(path);
            return true;
        } catch (InvalidPathException | IllegalArgumentException e) {
            return false;
        }
    }

    /** What the path selects in the event, or null when it selects nothing. */
    static JsonNode read(String path, JsonNode event) {
        JsonNode value = JsonPath.using(CONFIGURATION).parse(event).read(path);
        return value == null || value.isMissingNode() ? null : value;
    }
}
