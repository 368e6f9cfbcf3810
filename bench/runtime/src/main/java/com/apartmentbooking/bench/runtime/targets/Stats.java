package com.apartmentbooking.bench.runtime.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Medians and percentiles of measured values, and their printing. */
final class Stats {

    private Stats() {
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> values, double percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** Every round but the first, which warms the JITs, when there is more than one. */
    static <T> List<T> warm(List<T> rounds) {
        return rounds.size() > 1 ? rounds.subList(1, rounds.size()) : rounds;
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    static String ratio(double numerator, double denominator) {
        return denominator == 0 || Double.isNaN(numerator) || Double.isNaN(denominator) ? "-"
                : String.format(Locale.ROOT, "%.2f", numerator / denominator);
    }

    static String list(List<Double> values) {
        return String.join(", ", values.stream().map(Stats::format).toList());
    }
}
