package com.apartmentbooking.local.appsync.realtime;

import com.apartmentbooking.local.appsync.auth.AuthRequest;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * A gateway that accepts the API key {@value #GOOD_KEY}, refuses a start whose document mentions "refuse",
 * delivers an event during the registration of one that mentions "early", and lets a test publish to every
 * subscription that is not stopped.
 */
final class FakeGateway implements SubscriptionGateway {

    static final String GOOD_KEY = "da2-goodkey";

    final List<Connect> connects = new CopyOnWriteArrayList<>();
    final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    record Connect(String path, String host, AuthRequest authorization) {
    }

    /** A registration the gateway holds; a test waits for its stop with {@link #stopped}. */
    static final class Subscription implements RealtimeApi.Registration {
        final String data;
        final AuthRequest authorization;
        final Consumer<ObjectNode> onData;
        final CountDownLatch stopped = new CountDownLatch(1);

        Subscription(String data, AuthRequest authorization, Consumer<ObjectNode> onData) {
            this.data = data;
            this.authorization = authorization;
            this.onData = onData;
        }

        @Override
        public void stop() {
            stopped.countDown();
        }

        boolean isStopped() {
            return stopped.getCount() == 0;
        }
    }

    @Override
    public RealtimeApi connect(String path, String host, AuthRequest authorization) {
        connects.add(new Connect(path, host, authorization));
        if (!GOOD_KEY.equals(authorization.header("x-api-key"))) {
            throw new RealtimeRefusal(errors("UnauthorizedException", "You are not authorized to make this call.", 401));
        }
        return new RealtimeApi() {
            @Override
            public String graphqlPath() {
                return "/graphql";
            }

            @Override
            public Registration subscribe(String data, AuthRequest signed, Consumer<ObjectNode> onData) {
                if (data.contains("refuse")) {
                    throw new RealtimeRefusal(errors("Unauthorized", "Not Authorized to access onX on type Subscription",
                            null));
                }
                Subscription subscription = new Subscription(data, signed, onData);
                subscriptions.add(subscription);
                if (data.contains("early")) {
                    // An event published while the subscription is being registered, before its start_ack.
                    ObjectNode payload = Json.WIRE.createObjectNode();
                    payload.putObject("data").putObject("onX").put("id", "early");
                    onData.accept(payload);
                }
                return subscription;
            }
        };
    }

    /** Delivers a payload to every active subscription, on the calling thread, as a publisher would. */
    void publish(ObjectNode payload) {
        for (Subscription subscription : subscriptions) {
            if (!subscription.isStopped()) {
                subscription.onData.accept(payload);
            }
        }
    }

    static ArrayNode errors(String errorType, String message, Integer errorCode) {
        ArrayNode errors = Json.WIRE.createArrayNode();
        ObjectNode error = errors.addObject().put("errorType", errorType).put("message", message);
        if (errorCode != null) {
            error.put("errorCode", errorCode);
        }
        return errors;
    }
}
