package com.apartmentbooking.local.appsync.vtl;

import static com.apartmentbooking.local.appsync.vtl.Rendering.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TemplateLogTest {

    @Test
    void loggingRendersNothing() {
        assertEquals("{}", text("$util.log.info(\"plain\")$util.log.info(\"id {} of {}\", \"a1\", 3)"
                + "$util.log.error(\"failed\")$util.log.error(\"failed {}\", [1]){}"));
    }

    @Test
    void placeholdersTakeTheArgumentsInOrder() {
        assertEquals("id a1 of 3", TemplateLog.fill("id {} of {}", "a1", 3));
        assertEquals("id a1 of {}", TemplateLog.fill("id {} of {}", "a1"));
        assertEquals("no placeholders", TemplateLog.fill("no placeholders", "extra"));
    }
}
