package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.realtime.RealtimeApi;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The started subscriptions of one API, by subscription field, and the fan-out of published values to them. It
 * outlives a change of the API's schema, so subscribers stay when the API is updated. Publishing is serialized so
 * each subscriber gets values in publish order; a subscriber that throws is skipped, never the others.
 */
final class SubscriptionHub {

    private static final System.Logger LOG = System.getLogger(SubscriptionHub.class.getName());

    private final Map<String, List<Subscriber>> byField = new ConcurrentHashMap<>();

    RealtimeApi.Registration add(Subscriber subscriber) {
        List<Subscriber> subscribers = byField.computeIfAbsent(subscriber.field().getName(),
                name -> new CopyOnWriteArrayList<>());
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Hands {@code published} to the subscribers of each of {@code fields} whose arguments it matches. */
    synchronized void publish(List<String> fields, Map<?, ?> published) {
        for (String field : fields) {
            for (Subscriber subscriber : byField.getOrDefault(field, List.of())) {
                deliver(subscriber, published);
            }
        }
    }

    private static void deliver(Subscriber subscriber, Map<?, ?> published) {
        try {
            if (subscriber.wants(published)) {
                subscriber.onData().accept(subscriber.payload(published));
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "A subscriber of " + subscriber.field().getName() + " failed", e);
        }
    }
}
