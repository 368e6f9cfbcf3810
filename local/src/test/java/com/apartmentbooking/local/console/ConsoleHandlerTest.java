package com.apartmentbooking.local.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.server.AcceptedCredentials;
import com.apartmentbooking.local.server.FrontDoor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console's page and every file it loads are served from the runtime, each as its media type. */
class ConsoleHandlerTest {

    private static final Pattern PAGE_REFERENCE = Pattern.compile("(?:src|href)=\"(/console/[^\"]+)\"");
    private static final Pattern MODULE_IMPORT = Pattern.compile("from '\\./([^']+)'");

    private static FrontDoor door;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        ConsoleHandler console = new ConsoleHandler(new ConsoleSettings("us-east-1", AcceptedCredentials.README_KEY));
        door = FrontDoor.builder().port(0).route(ConsoleHandler.PATH, console).build().start();
    }

    @AfterAll
    static void stop() {
        door.close();
    }

    @Test
    void thePageIsServedAtConsoleWithAndWithoutTheSlash() throws Exception {
        for (String path : List.of("/console", "/console/")) {
            HttpResponse<String> page = get(path);

            assertEquals(200, page.statusCode(), path);
            assertEquals("text/html;charset=utf-8", contentType(page), path);
            assertTrue(page.body().contains("<title>Apartment booking · operators' console</title>"), page.body());
            assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(null));
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        }
    }

    @Test
    void thePageLoadsNothingButTheRuntimesOwnFiles() throws Exception {
        HttpResponse<String> page = get("/console");

        assertEquals("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                + "frame-ancestors 'none'", page.headers().firstValue("Content-Security-Policy").orElse(null));
        assertFalse(page.body().contains("http:") || page.body().contains("https:"), page.body());
    }

    @Test
    void everyFileThePageAndItsModulesLoadIsServedAsWhatItIs() throws Exception {
        Set<String> loaded = new LinkedHashSet<>(matches(PAGE_REFERENCE, get("/console").body()));
        List<String> modules = new ArrayList<>(loaded.stream().filter(path -> path.endsWith(".js")).toList());
        for (int next = 0; next < modules.size(); next++) {
            for (String imported : matches(MODULE_IMPORT, get(modules.get(next)).body())) {
                if (loaded.add("/console/" + imported)) {
                    modules.add("/console/" + imported);
                }
            }
        }

        assertEquals(Set.of("/console/console.css", "/console/dagre.min.js", "/console/console.js",
                "/console/aws.js", "/console/execution.js", "/console/graph.js", "/console/realtime.js",
                "/console/sigv4.js", "/console/tables.js", "/console/view.js"), loaded);
        for (String path : loaded) {
            HttpResponse<String> file = get(path);
            assertEquals(200, file.statusCode(), path);
            assertEquals(path.endsWith(".css") ? "text/css;charset=utf-8" : "text/javascript;charset=utf-8",
                    contentType(file), path);
        }
    }

    @Test
    void theRealTimeClientIsAModuleServedAsAScript() throws Exception {
        HttpResponse<String> module = get("/console/realtime.js");

        assertEquals(200, module.statusCode());
        assertEquals("text/javascript;charset=utf-8", contentType(module));
        assertEquals("no-cache", module.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(module.body().contains("export class LiveFeed"), module.body().substring(0, 200));
        assertTrue(module.body().contains("'graphql-ws'"), "it speaks AppSync's real-time subprotocol");
    }

    @Test
    void theSettingsGiveThePageTheRegionAndTheKeyItSignsWithAndNoOtherOriginMayReadThem() throws Exception {
        HttpResponse<String> settings = http.send(HttpRequest.newBuilder(uri("/console/settings.json"))
                .header("Origin", "http://localhost:3000").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, settings.statusCode());
        assertEquals("application/json", contentType(settings));
        assertEquals("{\"region\":\"us-east-1\",\"accessKeyId\":\"local\",\"secretAccessKey\":\"local\"}",
                settings.body());
        assertEquals("no-cache", settings.headers().firstValue("Cache-Control").orElse(null));
        assertFalse(settings.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                "a page of another origin cannot read the key");
    }

    @Test
    void dagreIsServedWithItsLicence() throws Exception {
        HttpResponse<String> library = get("/console/dagre.min.js");
        HttpResponse<String> licence = get("/console/dagre.LICENSE.txt");

        assertTrue(library.body().startsWith("\"use strict\";var dagre="), library.body().substring(0, 80));
        assertEquals("text/plain;charset=utf-8", contentType(licence));
        assertTrue(licence.body().startsWith("Copyright (c) 2012-2014 Chris Pettitt"), licence.body());
    }

    @Test
    void aHeadRequestGetsTheHeadersWithoutTheBody() throws Exception {
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(uri("/console/console.js"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, head.statusCode());
        assertEquals("text/javascript;charset=utf-8", contentType(head));
        assertEquals(get("/console/console.js").body().getBytes(StandardCharsets.UTF_8).length,
                Long.parseLong(head.headers().firstValue("Content-Length").orElseThrow()));
        assertEquals("", head.body());
    }

    @Test
    void aFileTheConsoleDoesNotHaveIsA404NamingThePage() throws Exception {
        for (String path : List.of("/console/nothing.js", "/console/ConsoleHandler.class", "/console/console.js/x")) {
            HttpResponse<String> missing = get(path);

            assertEquals(404, missing.statusCode(), path);
            assertEquals("application/json", contentType(missing));
            assertEquals("{\"message\":\"The console has no file " + path + "; its page is /console\"}",
                    missing.body());
        }
    }

    @Test
    void theConsoleIsReadOnly() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/console"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(null));
        assertEquals("{\"message\":\"The console is read-only: use GET /console\"}", post.body());
        assertEquals("close", post.headers().firstValue("Connection").orElse(null),
                "the connection ends with the body the console did not read");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create(door.endpoint() + path);
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse(null);
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
