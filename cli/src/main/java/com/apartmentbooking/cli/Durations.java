package com.apartmentbooking.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Durations as people type them: {@code 90s}, {@code 15m}, {@code 2h}, {@code 3d}; held as whole seconds. */
final class Durations implements ITypeConverter<Long> {

    private static final Pattern DURATION = Pattern.compile("([0-9]{1,12})([smhd])");

    @Override
    public Long convert(String value) {
        Matcher matcher = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new TypeConversionException("'" + value + "' is not a duration: use a whole number and a unit, "
                    + "s, m, h or d (90s, 15m, 2h, 3d)");
        }
        long amount = Long.parseLong(matcher.group(1));
        return amount * switch (matcher.group(2)) {
            case "s" -> 1L;
            case "m" -> 60L;
            case "h" -> 3_600L;
            default -> 86_400L;
        };
    }

    /** Seconds in the largest unit that divides them exactly: 900 is 15m, 90 is 90s. */
    static String format(long seconds) {
        if (seconds != 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds != 0 && seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
