package com.apartmentbooking.local.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The console's files, read once from this package's resources: a fixed list, so a request names one of them or
 * nothing, and no path a client sends ever reaches the class loader.
 */
final class ConsoleAssets {

    /** One file of the console and the media type it is served as. */
    record Asset(String name, String contentType, byte[] bytes) {
    }

    static final String PAGE = "index.html";

    private static final String HTML = "text/html;charset=utf-8";
    private static final String CSS = "text/css;charset=utf-8";
    private static final String SCRIPT = "text/javascript;charset=utf-8";
    private static final String TEXT = "text/plain;charset=utf-8";

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry(PAGE, HTML),
            Map.entry("console.css", CSS),
            Map.entry("console.js", SCRIPT),
            Map.entry("aws.js", SCRIPT),
            Map.entry("execution.js", SCRIPT),
            Map.entry("graph.js", SCRIPT),
            Map.entry("realtime.js", SCRIPT),
            Map.entry("sigv4.js", SCRIPT),
            Map.entry("tables.js", SCRIPT),
            Map.entry("view.js", SCRIPT),
            // @dagrejs/dagre's browser build (graphlib inside), as published, and its licence.
            Map.entry("dagre.min.js", SCRIPT),
            Map.entry("dagre.LICENSE.txt", TEXT));

    private final Map<String, Asset> byName = new LinkedHashMap<>();

    ConsoleAssets() {
        CONTENT_TYPES.forEach((name, type) -> byName.put(name, new Asset(name, type, read(name))));
    }

    Optional<Asset> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    private static byte[] read(String name) {
        try (InputStream in = ConsoleAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The console's " + name + " is missing from the runtime's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the console's " + name, e);
        }
    }
}
