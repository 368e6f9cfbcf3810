package com.apartmentbooking.local.server;

import static com.apartmentbooking.local.server.FrontDoorClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Many clients at once each get their own answer, with a request id no other request got. */
class FrontDoorConcurrencyTest {

    private static final int CLIENTS = 16;
    private static final int REQUESTS_EACH = 50;

    private static FrontDoor door;

    @BeforeAll
    static void start() {
        door = FrontDoor.builder().port(0).service(new EchoService()).build().start();
    }

    @AfterAll
    static void stop() {
        door.close();
    }

    @Test
    void concurrentRequestsGetTheirOwnAnswers() throws Exception {
        Set<String> requestIds = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int clientNumber = c;
            clients.add(pool.submit(() -> {
                FrontDoorClient client = new FrontDoorClient(door);
                for (int i = 0; i < REQUESTS_EACH; i++) {
                    String tag = clientNumber + "-" + i;
                    HttpResponse<byte[]> response = client.post(EchoService.PREFIX + ".Echo", "{\"tag\":\"" + tag + "\"}");
                    JsonNode answer = json(response);
                    assertEquals(200, response.statusCode());
                    assertEquals(tag, answer.get("request").get("tag").asText());
                    requestIds.add(answer.get("requestId").asText());
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();

        assertEquals(CLIENTS * REQUESTS_EACH, requestIds.size());
    }
}
