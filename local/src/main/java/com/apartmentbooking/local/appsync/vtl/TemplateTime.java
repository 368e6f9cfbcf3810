package com.apartmentbooking.local.appsync.vtl;

import com.apartmentbooking.local.clock.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * {@code $util.time}: now from the runtime's clock (so an operator's clock advance is seen), formats in
 * {@link DateTimeFormatter} syntax, time zones as offsets ({@code +08:00}) or region ids ({@code Australia/Perth}),
 * UTC when none is given.
 */
public final class TemplateTime {

    /** ISO 8601 in UTC, always with milliseconds: {@code 2018-02-06T19:01:35.749Z}. */
    private static final DateTimeFormatter ISO8601 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;

    TemplateTime(Clock clock) {
        this.clock = clock;
    }

    public String nowISO8601() {
        return ISO8601.format(clock.now());
    }

    public long nowEpochSeconds() {
        return clock.now().getEpochSecond();
    }

    public long nowEpochMilliSeconds() {
        return clock.now().toEpochMilli();
    }

    public String nowFormatted(String format) {
        return nowFormatted(format, "UTC");
    }

    public String nowFormatted(String format, String timezone) {
        return DateTimeFormatter.ofPattern(format).withZone(ZoneId.of(timezone)).format(clock.now());
    }

    /** The format must hold a zone or offset; without one the time is read in UTC. */
    public long parseFormattedToEpochMilliSeconds(String time, String format) {
        return parseFormattedToEpochMilliSeconds(time, format, "UTC");
    }

    /** A zone or offset in {@code time} wins over {@code timezone}. */
    public long parseFormattedToEpochMilliSeconds(String time, String format, String timezone) {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(format).withZone(ZoneId.of(timezone));
        return ZonedDateTime.parse(time, formatter).toInstant().toEpochMilli();
    }

    public long parseISO8601ToEpochMilliSeconds(String time) {
        return OffsetDateTime.parse(time).toInstant().toEpochMilli();
    }

    public long epochMilliSecondsToSeconds(Number epochMillis) {
        return Math.floorDiv(epochMillis.longValue(), 1000L);
    }

    public String epochMilliSecondsToISO8601(Number epochMillis) {
        return ISO8601.format(Instant.ofEpochMilli(epochMillis.longValue()));
    }

    public String epochMilliSecondsToFormatted(Number epochMillis, String format) {
        return epochMilliSecondsToFormatted(epochMillis, format, "UTC");
    }

    public String epochMilliSecondsToFormatted(Number epochMillis, String format, String timezone) {
        return DateTimeFormatter.ofPattern(format).withZone(ZoneId.of(timezone))
                .format(Instant.ofEpochMilli(epochMillis.longValue()));
    }
}
