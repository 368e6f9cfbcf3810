package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up report tells where HTTPS is and which CA file clients trust, and when that CA is a new one. */
class MainReportTest {

    @TempDir
    Path workDirectory;

    @Test
    void theReportNamesTheCaFileAndSaysWhenItWasMadeNow() throws Exception {
        Path data = workDirectory.resolve("data");
        RuntimeOptions options = RuntimeOptions.defaults(OneTableTemplate.writeTo(workDirectory))
                .withPort(0).withDataDirectory(data);
        String ca = data.resolve("tls").resolve("ca.pem").toString();

        String first = report(options);
        String second = report(options);

        assertTrue(first.contains("\n  HTTPS and WSS on the same port: https://127.0.0.1:"), first);
        assertTrue(first.contains("  (clients trust the CA " + ca + ", made now: see the README)\n"), first);
        assertTrue(second.contains("  (clients trust the CA " + ca + ": see the README)\n"), second);
    }

    @Test
    void aRuntimeInMemorySaysItsCaIsKeptNowhere() throws Exception {
        RuntimeOptions options = RuntimeOptions.defaults(OneTableTemplate.writeTo(workDirectory))
                .withPort(0);

        String report = report(options);

        assertTrue(report.contains("(clients trust the CA made in memory for this run; --data-dir keeps one: see the "
                + "README)\n"), report);
    }

    private static String report(RuntimeOptions options) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (LocalRuntime runtime = LocalRuntime.start(options)) {
            StartReport.print(runtime, 0, new PrintStream(text, true, StandardCharsets.UTF_8));
        }
        return text.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
