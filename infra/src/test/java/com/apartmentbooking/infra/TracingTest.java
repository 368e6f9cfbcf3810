package com.apartmentbooking.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every function is traced (DESIGN: active tracing, Powertools @Tracing woven at build time), and
 * tracing can never disturb a function: without a trace context (a local runtime with no X-Ray
 * daemon) it stays silent, and replies, which carry customer ids, stay out of trace metadata.
 */
class TracingTest {
    /** The aspect the weaver calls from a woven handler method. */
    private static final String TRACING_ASPECT = "software/amazon/lambda/powertools/tracing/internal/LambdaTracingAspect";

    private final Template template = Template.load();

    @Test
    void everyHandlerClassIsWovenWithTheTracingAspect() throws IOException {
        List<String> functions = template.resourcesOfType(Template.SERVERLESS_FUNCTION);
        assertFalse(functions.isEmpty());
        for (String function : functions) {
            String handler = (String) template.functionProperty(function, "Handler").orElseThrow();
            String className = handler.substring(0, handler.indexOf("::"));
            assertTrue(classBytes(className).contains(TRACING_ASPECT),
                    function + ": " + className + " is not woven with @Tracing; is the aspectj plugin on its module?");
        }
    }

    @Test
    void functionsTraceActivelyButQuietlyAndWithoutReplies() {
        for (String function : template.resourcesOfType(Template.SERVERLESS_FUNCTION)) {
            assertEquals("Active", template.functionProperty(function, "Tracing").orElse(null), function);
            assertEquals("IGNORE_ERROR", template.environment(function).get("AWS_XRAY_CONTEXT_MISSING"), function);
            assertEquals("false", template.environment(function).get("POWERTOOLS_TRACER_CAPTURE_RESPONSE"), function);
        }
    }

    @Test
    void theWeavingCheckRejectsAnUnwovenClass() throws IOException {
        assertFalse(classBytes(Template.class.getName()).contains(TRACING_ASPECT));
    }

    /** The class file as Latin-1 text: constant-pool names are plain ASCII inside it. */
    private static String classBytes(String className) throws IOException {
        try (InputStream in = TracingTest.class.getClassLoader()
                .getResourceAsStream(className.replace('.', '/') + ".class")) {
            assertNotNull(in, className + " is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
