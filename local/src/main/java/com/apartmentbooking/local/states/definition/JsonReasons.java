package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The reason a text is not JSON, as Step Functions words it: the parser's own sentence without its location, and
 * without the name of the parser setting behind a limit ({@code from `StreamReadConstraints...`}), which belongs
 * to this runtime's parser rather than to the request.
 */
public final class JsonReasons {

    private JsonReasons() {
    }

    public static String of(JsonProcessingException invalid) {
        return invalid.getOriginalMessage().replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "");
    }
}
