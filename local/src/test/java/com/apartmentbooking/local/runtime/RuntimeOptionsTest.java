package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimeOptionsTest {

    @Test
    void onlyTheTemplateIsRequiredAndTheRestHasTheDefaultsOfDesignSection5() {
        RuntimeOptions options = RuntimeOptions.parse("--template", "infra/template.yaml");

        assertEquals(Path.of("infra/template.yaml"), options.template());
        assertEquals(4566, options.port());
        assertEquals("127.0.0.1", options.bindAddress());
        assertNull(options.dataDirectory());
        assertEquals("local", options.stackName());
        assertEquals("us-east-1", options.region());
        assertEquals(4, options.maxInstancesPerFunction());
        assertFalse(options.warmFunctions());
        assertEquals(Duration.ofMillis(500), options.tableStatusDelay());
        assertFalse(options.fsync());
    }

    @Test
    void everyOptionIsRead() {
        RuntimeOptions options = RuntimeOptions.parse("--template", "t.yaml", "--data-dir", "data", "--port", "0",
                "--bind", "0.0.0.0", "--parameter", "Secret=a=b", "--parameter", "Other=x", "--stack-name", "dev",
                "--region", "eu-west-1", "--sample-data", "seed.json", "--max-instances", "2", "--warm-functions", "true",
                "--dynamodb-table-delay", "0", "--fsync", "true");

        assertEquals(Path.of("data"), options.dataDirectory());
        assertEquals(0, options.port());
        assertEquals("0.0.0.0", options.bindAddress());
        assertEquals(Map.of("Secret", "a=b", "Other", "x"), options.parameterOverrides());
        assertEquals("dev", options.stackName());
        assertEquals("eu-west-1", options.region());
        assertEquals(Path.of("seed.json"), options.sampleData());
        assertEquals(2, options.maxInstancesPerFunction());
        assertTrue(options.warmFunctions());
        assertEquals(Duration.ZERO, options.tableStatusDelay());
        assertTrue(options.fsync());
    }

    @Test
    void mistakesAreExplained() {
        assertMessage("--template is required", "--port", "1");
        assertMessage("--port takes a number: x", "--template", "t", "--port", "x");
        assertMessage("--port must be between 0 and 65535: 70000", "--template", "t", "--port", "70000");
        assertMessage("unknown option: --colour", "--template", "t", "--colour", "red");
        assertMessage("--parameter takes Name=Value: Secret", "--template", "t", "--parameter", "Secret");
        assertMessage("--data-dir needs a value", "--template", "t", "--data-dir");
        assertMessage("unexpected argument: extra", "--template", "t", "extra", "x");
        assertMessage("--warm-functions takes true or false: yes", "--template", "t", "--warm-functions", "yes");
        assertMessage("--fsync takes true or false: always", "--template", "t", "--fsync", "always");
        assertMessage("--dynamodb-table-delay takes a number: 1s", "--template", "t", "--dynamodb-table-delay", "1s");
        assertMessage("--dynamodb-table-delay takes 0 or more milliseconds: -1", "--template", "t",
                "--dynamodb-table-delay", "-1");
    }

    @Test
    void helpIsRecognised() {
        assertTrue(RuntimeOptions.asksForHelp("--help"));
        assertTrue(RuntimeOptions.asksForHelp("--template", "t", "-h"));
    }

    @Test
    void onlyLoopbackHostsAndOriginsAreAllowedUnlessMoreAreNamed() {
        RuntimeOptions defaults = RuntimeOptions.parse("--template", "t");
        RuntimeOptions named = RuntimeOptions.parse("--template", "t", "--allowed-hosts", "devbox.lan,*.internal",
                "--allowed-origins", "http://devbox.lan:3000, https://app.example.test");

        assertTrue(defaults.allowedHosts().allows("localhost:4566"));
        assertFalse(defaults.allowedHosts().allows("devbox.lan:4566"));
        assertTrue(named.allowedHosts().allows("devbox.lan:4566"));
        assertTrue(named.allowedHosts().allows("db.internal"));
        assertFalse(named.allowedHosts().allows("internal"));
        assertTrue(defaults.allowedOrigins().allows("http://localhost:3000"));
        assertFalse(defaults.allowedOrigins().allows("http://devbox.lan:3000"));
        assertTrue(named.allowedOrigins().allows("http://devbox.lan:3000"));
        assertTrue(named.allowedOrigins().allows("https://APP.example.test"));
        assertFalse(named.allowedOrigins().allows("https://devbox.lan:3000"));
        assertTrue(RuntimeOptions.parse("--template", "t", "--allowed-hosts", "*").allowedHosts().allows("any.example"));
        assertTrue(RuntimeOptions.parse("--template", "t", "--allowed-origins", "*").allowedOrigins().allows("null"));
    }

    @Test
    void hostsAndOriginsThatAreNoneAreExplained() {
        assertMessage("--allowed-hosts takes host names (name, *.suffix or *) separated by commas, without scheme or "
                + "port: 'http://devbox.lan'", "--template", "t", "--allowed-hosts", "devbox.lan,http://devbox.lan");
        assertMessage("--allowed-hosts takes host names (name, *.suffix or *) separated by commas, without scheme or "
                + "port: ''", "--template", "t", "--allowed-hosts", "");
        assertMessage("--allowed-origins takes origins (http://host:port, https://host or *) separated by commas, "
                + "without a path: 'devbox.lan:3000'", "--template", "t", "--allowed-origins", "devbox.lan:3000");
        assertMessage("--allowed-origins takes origins (http://host:port, https://host or *) separated by commas, "
                + "without a path: 'http://devbox.lan/app'", "--template", "t", "--allowed-origins", "http://devbox.lan/app");
    }

    private static void assertMessage(String message, String... args) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> RuntimeOptions.parse(args))
                .getMessage());
    }

    @Test
    void resetIsAFlagThatNeedsADataDirectory() {
        assertFalse(RuntimeOptions.parse("--template", "t.yaml", "--data-dir", "data").reset());
        assertTrue(RuntimeOptions.parse("--template", "t.yaml", "--reset", "--data-dir", "data").reset());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> RuntimeOptions.parse("--template", "t.yaml", "--reset"));
        assertEquals("--reset deletes the data directory: give it with --data-dir", refused.getMessage());
    }

    @Test
    void theUsageNamesReset() {
        assertTrue(RuntimeOptions.USAGE.contains("\n  --reset                       delete the --data-dir first and start "
                + "afresh\n"), RuntimeOptions.USAGE);
    }
}
