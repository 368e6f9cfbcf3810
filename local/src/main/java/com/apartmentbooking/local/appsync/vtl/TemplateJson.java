package com.apartmentbooking.local.appsync.vtl;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;

/** JSON text of template values and template values of JSON text, in the runtime's form for held values. */
final class TemplateJson {

    String write(Object value) {
        try {
            return Json.DATA.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unable to convert " + value + " to JSON.", e);
        }
    }

    /** The value {@code text} holds, or null when it is not JSON, as AppSync's {@code $util.parseJson} gives. */
    Object read(String text) {
        try {
            return Json.DATA.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
