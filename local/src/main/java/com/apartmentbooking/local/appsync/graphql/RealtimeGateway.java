package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.RequestRefusal;
import com.apartmentbooking.local.appsync.auth.AuthRequest;
import com.apartmentbooking.local.appsync.auth.Caller;
import com.apartmentbooking.local.appsync.realtime.RealtimeApi;
import com.apartmentbooking.local.appsync.realtime.RealtimeRefusal;
import com.apartmentbooking.local.appsync.realtime.SubscriptionGateway;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The real-time endpoint's way in: a connection is accepted for the API its path or host names when its header
 * authenticates; each {@code start} is authenticated again with its own authorization, then validated and
 * registered on the API as it is at that moment.
 */
final class RealtimeGateway implements SubscriptionGateway {

    private final GraphQlEngine engine;

    RealtimeGateway(GraphQlEngine engine) {
        this.engine = engine;
    }

    @Override
    public RealtimeApi connect(String path, String host, AuthRequest authorization) {
        ApiAddress address = ApiAddress.ofRealtime(path, host).orElseThrow(() -> new RealtimeRefusal(
                errors(error("NotFoundException", "No GraphQL API is served at " + path + "."))));
        ServedApi api = served(address);
        try {
            api.authorizer().authenticate(authorization);
        } catch (RequestRefusal e) {
            // A connection_error carries the HTTP status AppSync would have answered as errorCode.
            throw new RealtimeRefusal(errors(error(e.errorType(), e.getMessage()).put("errorCode", e.status())));
        }
        return new Connection(address);
    }

    private ServedApi served(ApiAddress address) {
        try {
            return engine.api(address);
        } catch (RequestRefusal e) {
            throw new RealtimeRefusal(errors(error(e.errorType(), e.getMessage())));
        } catch (SchemaException e) {
            throw new RealtimeRefusal(errors(error("GraphQLSchemaException", e.getMessage())));
        }
    }

    private static ObjectNode error(String errorType, String message) {
        return Json.DATA.createObjectNode().put("errorType", errorType).put("message", message);
    }

    private static ArrayNode errors(ObjectNode error) {
        return Json.DATA.createArrayNode().add(error);
    }

    /** One accepted connection to an API. */
    private final class Connection implements RealtimeApi {

        private final ApiAddress address;

        Connection(ApiAddress address) {
            this.address = address;
        }

        @Override
        public String graphqlPath() {
            return address.graphqlPath();
        }

        @Override
        public Registration subscribe(String data, AuthRequest authorization, Consumer<ObjectNode> onData) {
            ServedApi api = served(address);
            Caller caller;
            try {
                caller = api.authorizer().authenticate(authorization);
            } catch (RequestRefusal e) {
                throw new RealtimeRefusal(errors(error(e.errorType(), e.getMessage())));
            }
            GraphQlRequest request;
            try {
                request = GraphQlRequests.parse(data == null ? null : data.getBytes(StandardCharsets.UTF_8));
            } catch (RequestRefusal e) {
                throw new RealtimeRefusal(errors(error(e.errorType(), e.getMessage())));
            }
            return api.executable().subscribe(request, caller, onData);
        }
    }
}
