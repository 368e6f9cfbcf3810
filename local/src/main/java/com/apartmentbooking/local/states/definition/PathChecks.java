package com.apartmentbooking.local.states.definition;

import com.apartmentbooking.local.states.jsonpath.JsonPaths;
import com.apartmentbooking.local.states.jsonpath.ReferencePath;
import com.apartmentbooking.local.states.jsonpath.intrinsic.Intrinsics;

/**
 * Static checks of the JSONPath fields of a state: paths must parse, ResultPath must be a
 * reference path (it writes), and the fields that also take an intrinsic function (ErrorPath,
 * CausePath, ".$" template values) must hold a well-formed call. AWS refuses such definitions at
 * creation rather than failing their executions.
 */
final class PathChecks {
    private PathChecks() {
    }

    /** A path field such as InputPath or SecondsPath; null and "$" are always valid. */
    static void path(String path, String field, String location, Problems problems) {
        if (path == null) {
            return;
        }
        try {
            JsonPaths.checkSyntax(path);
        } catch (IllegalArgumentException invalid) {
            problems.schema("The value for the field '" + field + "' must be a valid JSONPath: " + invalid.getMessage(),
                    location);
        }
    }

    static void referencePath(String path, String field, String location, Problems problems) {
        if (path == null) {
            return;
        }
        try {
            ReferencePath.of(path);
        } catch (IllegalArgumentException invalid) {
            problems.schema("The value for the field '" + field + "' must be a valid ReferencePath: "
                    + invalid.getMessage(), location);
        }
    }

    /** A value that is a path or an intrinsic function call: a ".$" field, ErrorPath, CausePath. */
    static void pathOrIntrinsic(String value, String field, String location, Problems problems) {
        if (value == null) {
            return;
        }
        try {
            if (value.strip().startsWith("$")) {
                JsonPaths.checkSyntax(value.strip());
            } else {
                Intrinsics.checkSyntax(value);
            }
        } catch (IllegalArgumentException invalid) {
            problems.schema("The value for the field '" + field
                    + "' must be a valid JSONPath or a valid intrinsic function call: " + invalid.getMessage(), location);
        }
    }
}
