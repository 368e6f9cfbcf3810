package com.apartmentbooking.local.states.definition;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Which fields each state type accepts, and which of them belong to one query language only.
 * AWS refuses any other field with "Field 'X' is not supported" at the state's location, and a
 * field of the other language with a message naming the language.
 */
final class FieldRules {
    private static final Set<String> COMMON = Set.of("Type", "Comment", "QueryLanguage");

    private static final Map<StateType, Set<String>> FIELDS = new EnumMap<>(StateType.class);

    static {
        FIELDS.put(StateType.PASS, Set.of("Next", "End", "InputPath", "OutputPath", "Parameters", "Result",
                "ResultPath", "Assign", "Output"));
        FIELDS.put(StateType.TASK, Set.of("Next", "End", "Resource", "InputPath", "OutputPath", "Parameters",
                "ResultSelector", "ResultPath", "Retry", "Catch", "TimeoutSeconds", "TimeoutSecondsPath",
                "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials", "Arguments", "Output", "Assign"));
        FIELDS.put(StateType.CHOICE, Set.of("Choices", "Default", "InputPath", "OutputPath", "Assign", "Output"));
        FIELDS.put(StateType.WAIT, Set.of("Next", "End", "Seconds", "SecondsPath", "Timestamp", "TimestampPath",
                "InputPath", "OutputPath", "Assign", "Output"));
        FIELDS.put(StateType.SUCCEED, Set.of("InputPath", "OutputPath", "Output"));
        FIELDS.put(StateType.FAIL, Set.of("Error", "ErrorPath", "Cause", "CausePath"));
        FIELDS.put(StateType.PARALLEL, Set.of("Next", "End", "Branches", "InputPath", "OutputPath", "Parameters",
                "ResultSelector", "ResultPath", "Retry", "Catch", "Arguments", "Output", "Assign"));
        FIELDS.put(StateType.MAP, Set.of("Next", "End", "ItemProcessor", "Iterator", "ItemsPath", "Items",
                "ItemSelector", "Parameters", "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailureCount",
                "ToleratedFailureCountPath", "ToleratedFailurePercentage", "ToleratedFailurePercentagePath",
                "ItemReader", "ItemBatcher", "ResultWriter", "Label", "InputPath", "OutputPath", "ResultSelector",
                "ResultPath", "Retry", "Catch", "Output", "Assign"));
    }

    private static final Set<String> JSONPATH_ONLY = Set.of("InputPath", "OutputPath", "Parameters",
            "ResultSelector", "ResultPath", "Result", "ItemsPath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
            "ToleratedFailurePercentagePath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath",
            "TimestampPath", "ErrorPath", "CausePath");

    private static final Set<String> JSONATA_ONLY = Set.of("Arguments", "Output", "Items");

    private FieldRules() {
    }

    /** Reports every field of the state that its type or its language does not accept. */
    static void check(StateType type, QueryLanguage language, Iterator<String> fieldNames, String location,
            Problems problems) {
        Set<String> allowed = FIELDS.get(type);
        while (fieldNames.hasNext()) {
            String field = fieldNames.next();
            if (COMMON.contains(field)) {
                continue;
            }
            if (!allowed.contains(field)) {
                problems.schema("Field '" + field + "' is not supported", location);
            } else {
                checkLanguage(field, language, location, problems);
            }
        }
    }

    /** Reports a field that exists only in the other query language (also used for Catch fields). */
    static void checkLanguage(String field, QueryLanguage language, String location, Problems problems) {
        if (language == QueryLanguage.JSONPATH && JSONATA_ONLY.contains(field)) {
            problems.schema(languageMessage(language, field, QueryLanguage.JSONATA), location);
        } else if (language == QueryLanguage.JSONATA && JSONPATH_ONLY.contains(field)) {
            problems.schema(languageMessage(language, field, QueryLanguage.JSONPATH), location);
        }
    }

    private static String languageMessage(QueryLanguage set, String field, QueryLanguage supporting) {
        return "The QueryLanguage is set to '" + set.aslName() + "', but field '" + field
                + "' is only supported for the '" + supporting.aslName() + "' QueryLanguage";
    }
}
