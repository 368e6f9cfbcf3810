package com.apartmentbooking.local.appsync.vtl;

import static com.apartmentbooking.local.appsync.vtl.Rendering.context;
import static com.apartmentbooking.local.appsync.vtl.Rendering.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@code $util.time} against the examples of AppSync's "Time helpers in $util.time", at their instant. */
class TemplateTimeTest {

    @Test
    void nowInEachForm() {
        assertEquals("2018-02-06T19:01:35.758Z 1517943695 1517943695758",
                text("$util.time.nowISO8601() $util.time.nowEpochSeconds() $util.time.nowEpochMilliSeconds()"));
    }

    @Test
    void nowFormattedInUtcAnOffsetOrARegion() {
        assertEquals("2018-02-06 19:01:35+0000|2018-02-07 03:01:35+0800|2018-02-07 03:01:35+0800",
                text("$util.time.nowFormatted(\"yyyy-MM-dd HH:mm:ssZ\")|"
                        + "$util.time.nowFormatted(\"yyyy-MM-dd HH:mm:ssZ\", \"+08:00\")|"
                        + "$util.time.nowFormatted(\"yyyy-MM-dd HH:mm:ssZ\", \"Australia/Perth\")"));
    }

    @Test
    void parsingFormattedAndIso8601Text() {
        assertEquals("1517476865180 1517505562000 1517476865180 1517476865000",
                text("$util.time.parseFormattedToEpochMilliSeconds(\"2018-02-01 17:21:05.180+08:00\", "
                        + "\"yyyy-MM-dd HH:mm:ss.SSSXXX\") "
                        + "$util.time.parseFormattedToEpochMilliSeconds(\"2018-02-02 01:19:22\", "
                        + "\"yyyy-MM-dd HH:mm:ss\", \"+08:00\") "
                        + "$util.time.parseISO8601ToEpochMilliSeconds(\"2018-02-01T17:21:05.180+08:00\") "
                        + "$util.time.parseISO8601ToEpochMilliSeconds(\"2018-02-01T09:21:05Z\")"));
    }

    @Test
    void convertingEpochMilliseconds() {
        assertEquals("1517943695 2018-02-06T19:01:35.758Z 2018-02-06 19:01:35+0000 2018-02-07 03:01:35+0800 "
                        + "2018-02-06T19:01:35.000Z",
                text("$util.time.epochMilliSecondsToSeconds(1517943695758) "
                        + "$util.time.epochMilliSecondsToISO8601(1517943695758) "
                        + "$util.time.epochMilliSecondsToFormatted(1517943695758, \"yyyy-MM-dd HH:mm:ssZ\") "
                        + "$util.time.epochMilliSecondsToFormatted(1517943695758, \"yyyy-MM-dd HH:mm:ssZ\", \"+08:00\") "
                        + "$util.time.epochMilliSecondsToISO8601(1517943695000)"));
    }

    @Test
    void aClockAdvanceIsSeenByTheNextRendering() {
        AtomicReference<Instant> now = new AtomicReference<>(Rendering.EXAMPLE_NOW);
        VelocityMappingTemplates templates = new VelocityMappingTemplates(now::get);
        String template = "$util.time.nowEpochSeconds()";

        String before = templates.render(template, context(Map.of(), null)).output();
        now.set(now.get().plus(Duration.ofMinutes(15)));
        String after = templates.render(template, context(Map.of(), null)).output();

        assertEquals("1517943695", before);
        assertEquals("1517944595", after);
    }

    @Test
    void textThatDoesNotParseIsATemplateException() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> text("$util.time.parseISO8601ToEpochMilliSeconds(\"yesterday\")"));

        assertTrue(e.getMessage().contains("parseISO8601ToEpochMilliSeconds"), e.getMessage());
    }
}
