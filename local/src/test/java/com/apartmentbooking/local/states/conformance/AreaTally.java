package com.apartmentbooking.local.states.conformance;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Verdict counts per corpus area, printed as a table at the end of the run: the issue asks for
 * pass counts per area, and the table shows at a glance where the engine is weak.
 */
final class AreaTally {
    private final SortedMap<String, EnumMap<Verdict, Integer>> counts = new TreeMap<>();

    synchronized void record(String area, Verdict verdict) {
        counts.computeIfAbsent(area, a -> new EnumMap<>(Verdict.class)).merge(verdict, 1, Integer::sum);
    }

    synchronized int count(String area, Verdict verdict) {
        return counts.getOrDefault(area, new EnumMap<>(Verdict.class)).getOrDefault(verdict, 0);
    }

    synchronized String table() {
        String format = "%-22s %6s %7s %6s %8s %7s %7s%n";
        StringBuilder table = new StringBuilder();
        table.append(String.format(format, "area", "cases", "passed", "known", "failing", "fixed*", "pass %"));
        EnumMap<Verdict, Integer> total = new EnumMap<>(Verdict.class);
        for (Map.Entry<String, EnumMap<Verdict, Integer>> area : counts.entrySet()) {
            table.append(row(format, area.getKey(), area.getValue()));
            area.getValue().forEach((verdict, n) -> total.merge(verdict, n, Integer::sum));
        }
        table.append(row(format, "TOTAL", total));
        table.append("(*) fixed: listed in known-failures.txt but passing now; remove those lines.")
                .append(System.lineSeparator());
        return table.toString();
    }

    /** Passing means matching AWS, which a fixed-but-listed case does. */
    private static String row(String format, String name, EnumMap<Verdict, Integer> counts) {
        int passed = counts.getOrDefault(Verdict.PASSED, 0);
        int fixed = counts.getOrDefault(Verdict.FIXED_BUT_LISTED, 0);
        int cases = counts.values().stream().mapToInt(Integer::intValue).sum();
        String percent = cases == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * (passed + fixed) / cases);
        return String.format(format, name, cases, passed + fixed,
                counts.getOrDefault(Verdict.KNOWN_FAILURE, 0), counts.getOrDefault(Verdict.FAILED, 0), fixed,
                percent);
    }
}
