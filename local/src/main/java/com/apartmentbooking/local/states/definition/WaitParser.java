package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Reads a Wait state: exactly one of Seconds, SecondsPath, Timestamp and TimestampPath. */
final class WaitParser {
    private static final List<String> DURATION_FIELDS = List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath");

    private WaitParser() {
    }

    static WaitState parse(String name, FieldReader reader, QueryLanguage language, Transition transition) {
        StateIo io = StateParser.io(reader, language);
        long given = DURATION_FIELDS.stream().filter(reader::has).count();
        if (given != 1) {
            reader.problems().schema("A Wait state must have exactly one of the fields " + DURATION_FIELDS,
                    reader.location());
        }
        JsonNode seconds = reader.integerOrExpression("Seconds", 0, language);
        JsonNode timestamp = timestamp(reader, language);
        if (transition == null || given != 1) {
            return null;
        }
        return new WaitState(name, language, transition, io, seconds, reader.path("SecondsPath"), timestamp,
                reader.path("TimestampPath"));
    }

    private static JsonNode timestamp(FieldReader reader, QueryLanguage language) {
        JsonNode value = reader.any("Timestamp");
        if (value == null || (language == QueryLanguage.JSONATA && FieldReader.isExpression(value))) {
            return value;
        }
        if (!value.isTextual() || Timestamps.parse(value.textValue()) == null) {
            reader.problems().schema("Field 'Timestamp' must be an ISO-8601 extended offset date-time",
                    reader.location("Timestamp"));
            return null;
        }
        return value;
    }
}
