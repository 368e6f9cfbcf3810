package com.apartmentbooking.local.appsync.realtime;

import com.apartmentbooking.local.server.FrontDoor;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * A front door on a free port with the endpoint on the GraphQL route ahead of a stand-in GraphQL HTTP handler, as
 * the runtime registers them, and a WebSocket client.
 */
final class RealtimeServer implements AutoCloseable {

    static final String GRAPHQL_HTTP_ANSWER = "graphql over http";

    final FakeGateway gateway = new FakeGateway();
    final FrontDoor door;
    final WebSocketClient client = new WebSocketClient();

    RealtimeServer(java.util.function.Function<SubscriptionGateway, RealtimeEndpoint> endpoint) throws Exception {
        door = FrontDoor.builder().port(0)
                .route("/graphql", new Handler.Sequence(endpoint.apply(gateway), new GraphqlHttpStandIn()))
                .build().start();
        client.start();
    }

    URI ws(String pathAndQuery) {
        return URI.create("ws://127.0.0.1:" + door.port() + pathAndQuery);
    }

    URI http(String path) {
        return URI.create("http://127.0.0.1:" + door.port() + path);
    }

    @Override
    public void close() throws Exception {
        client.stop();
        door.close();
    }

    private static final class GraphqlHttpStandIn extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            response.write(true, ByteBuffer.wrap(GRAPHQL_HTTP_ANSWER.getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }
}
