package com.apartmentbooking.local.appsync.schema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AppSync's extended ISO 8601 forms: {@code YYYY-MM-DD}, {@code hh:mm[:ss[.s{1,9}]]} and their combination with
 * {@code T}; an offset is {@code Z} or {@code ±hh:mm[:ss]} (seconds accepted although ISO 8601 has none), optional
 * for dates and times and compulsory for date-times. The fields must also name a real date and time.
 */
final class TemporalFormats {

    private static final String DATE = "(\\d{4})-(\\d{2})-(\\d{2})";
    private static final String TIME = "(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?";
    private static final String OFFSET = "(Z|[+-](\\d{2}):(\\d{2})(?::(\\d{2}))?)";
    private static final Pattern DATE_FORM = Pattern.compile(DATE + OFFSET + "?");
    private static final Pattern TIME_FORM = Pattern.compile(TIME + OFFSET + "?");
    private static final Pattern DATE_TIME_FORM = Pattern.compile(DATE + "T" + TIME + OFFSET);

    private TemporalFormats() {
    }

    static boolean isDate(String text) {
        Matcher m = DATE_FORM.matcher(text);
        return m.matches() && realDate(m, 1) && realOffset(m, 4);
    }

    static boolean isTime(String text) {
        Matcher m = TIME_FORM.matcher(text);
        return m.matches() && realTime(m, 1) && realOffset(m, 4);
    }

    static boolean isDateTime(String text) {
        Matcher m = DATE_TIME_FORM.matcher(text);
        return m.matches() && realDate(m, 1) && realTime(m, 4) && realOffset(m, 7);
    }

    private static boolean realDate(Matcher m, int first) {
        return real(() -> LocalDate.of(number(m, first), number(m, first + 1), number(m, first + 2)));
    }

    private static boolean realTime(Matcher m, int first) {
        return real(() -> LocalTime.of(number(m, first), number(m, first + 1), number(m, first + 2)));
    }

    /** {@code group} is the whole offset; hours, minutes and seconds follow it. */
    private static boolean realOffset(Matcher m, int group) {
        String offset = m.group(group);
        if (offset == null || offset.equals("Z")) {
            return true;
        }
        int sign = offset.startsWith("-") ? -1 : 1;
        return real(() -> ZoneOffset.ofHoursMinutesSeconds(sign * number(m, group + 1), sign * number(m, group + 2),
                sign * number(m, group + 3)));
    }

    private static int number(Matcher m, int group) {
        String digits = m.group(group);
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static boolean real(Runnable construct) {
        try {
            construct.run();
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
