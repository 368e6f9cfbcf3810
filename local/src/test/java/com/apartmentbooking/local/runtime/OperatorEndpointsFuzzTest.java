package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.server.RequestMutations;
import com.apartmentbooking.local.server.RequestMutations.ErrorShape;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutated requests to the operator endpoints ({@code /_local/*}) never answer a 5xx or anything but their JSON errors. */
class OperatorEndpointsFuzzTest {

    @TempDir
    static Path directory;
    private static LocalRuntime runtime;

    @BeforeAll
    static void start() throws Exception {
        runtime = LocalRuntime.start(RuntimeOptions.defaults(OneTableTemplate.writeTo(directory)).withPort(0));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void mutatedOperatorRequestsAreAnsweredWithTheirJsonErrors() throws Exception {
        RequestMutations mutations = new RequestMutations(runtime.endpoint(), "application/json", ErrorShape.OPERATOR, 43);

        mutations.checkRest("GET", "/_local/health", null, null, 60);
        mutations.checkRest("GET", "/_local/clock", null, null, 60);
        mutations.checkRest("POST", "/_local/clock/advance", null, "{\"seconds\": 1.5}", 150);
        mutations.checkRest("POST", "/_local/clock/advance", "seconds=2", null, 60);
    }

    @Test
    void anOperatorPathTheRuntimeDoesNotHaveIsAJsonNotFound() throws Exception {
        RequestMutations mutations = new RequestMutations(runtime.endpoint(), "application/json", ErrorShape.OPERATOR, 0);

        for (String path : new String[] {"/_local/health/x", "/_local/other", "/_local"}) {
            HttpResponse<String> answer = mutations.sendChecked("GET", path, Map.of(), null);

            assertEquals(404, answer.statusCode(), path);
            assertEquals("{\"message\":\"No operator endpoint at " + path + "; there are GET /_local/health, "
                    + "GET /_local/clock and POST /_local/clock/advance\"}", answer.body(), path);
        }
    }
}
