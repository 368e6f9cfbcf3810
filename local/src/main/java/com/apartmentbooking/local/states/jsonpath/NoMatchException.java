package com.apartmentbooking.local.states.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A path that found nothing in the document it searched. Each ASL field words this failure
 * differently ("Invalid path ...", "The JSONPath ... specified for the field ...", "The JsonPath
 * argument ..."), so the path layer reports the facts and the caller writes AWS's text.
 */
public class NoMatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String detail;
    private final transient JsonNode document;

    public NoMatchException(String detail, JsonNode document) {
        super(detail);
        this.detail = detail;
        this.document = document;
    }

    /** Why nothing matched, in the words of the JSONPath library AWS uses. */
    public String detail() {
        return detail;
    }

    /** The JSON the path was applied to (state input, context object or variable value). */
    public JsonNode document() {
        return document;
    }
}
