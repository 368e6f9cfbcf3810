package com.apartmentbooking.local.states.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The cases the engine is known not to pass yet, one a line: the case id (its file name without
 * ".json"), white space, a one-line reason. Lines starting with '#' and blank lines are comments.
 */
final class KnownFailures {
    static final String RESOURCE = "/conformance/known-failures.txt";

    private static final List<String> HEADER = List.of(
            "# Conformance cases the engine does not pass yet: <case id> <first line of the mismatch or a reason>.",
            "# A listed case that fails is skipped; a listed case that passes fails the suite, so this list only shrinks.",
            "# Regenerate from the current failures (then review):",
            "#   mvn -B -o -pl local test -Dtest=StatesConformanceTest -Dconformance.record=true");

    private final SortedMap<String, String> reasons;

    private KnownFailures(SortedMap<String, String> reasons) {
        this.reasons = reasons;
    }

    static KnownFailures parse(List<String> lines) {
        SortedMap<String, String> reasons = new TreeMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] idAndReason = trimmed.split("\\s+", 2);
            String reason = idAndReason.length > 1 ? idAndReason[1] : "no reason given";
            if (reasons.put(idAndReason[0], reason) != null) {
                throw new IllegalArgumentException("known-failures lists " + idAndReason[0] + " twice");
            }
        }
        return new KnownFailures(reasons);
    }

    /** The file's lines for these failures (case id to reason), header first. */
    static List<String> render(Map<String, String> failures) {
        List<String> lines = new ArrayList<>(HEADER);
        new TreeMap<>(failures).forEach((id, reason) -> lines.add(id + "  " + reason.replaceAll("\\s+", " ")));
        return lines;
    }

    Optional<String> reason(String caseId) {
        return Optional.ofNullable(reasons.get(caseId));
    }

    SortedMap<String, String> entries() {
        return new TreeMap<>(reasons);
    }
}
