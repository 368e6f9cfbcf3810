package com.apartmentbooking.local.events;

import com.apartmentbooking.local.store.RecordMap;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.store.StoreAccess;
import com.apartmentbooking.local.store.StoreView;
import com.apartmentbooking.local.store.Tx;
import java.util.List;

/**
 * EventBridge's state in the {@link Store}: buses by name; rules under their bus's name and a 0 byte; targets
 * under their rule's key and another 0 byte; pending deliveries by a key in acceptance order.
 */
final class EventsStore extends StoreAccess<EventsStore.Reads, EventsStore.Writes> {

    private static final RecordMap<EventBus> BUSES = new RecordMap<>("events.buses", EventBus.class);
    private static final RecordMap<Rule> RULES = new RecordMap<>("events.rules", Rule.class);
    private static final RecordMap<Target> TARGETS = new RecordMap<>("events.targets", Target.class);
    private static final RecordMap<PendingDelivery> DELIVERIES =
            new RecordMap<>("events.deliveries", PendingDelivery.class);
    private static final char SEPARATOR = '\0';

    EventsStore(Store store) {
        super(store, Reads::new, Writes::new);
    }

    /** Reads of one consistent state. */
    static class Reads {

        private final StoreView view;

        Reads(StoreView view) {
            this.view = view;
        }

        EventBus bus(String name) {
            return BUSES.get(view, name);
        }

        /** Buses whose names start with {@code prefix}, in name order. */
        List<EventBus> buses(String prefix) {
            return BUSES.list(view, prefix);
        }

        Rule rule(String bus, String name) {
            return RULES.get(view, ruleKey(bus, name));
        }

        /** The bus's rules whose names start with {@code prefix}, in name order. */
        List<Rule> rules(String bus, String prefix) {
            return RULES.list(view, ruleKey(bus, prefix));
        }

        /** The rule's targets in id order. */
        List<Target> targets(String bus, String rule) {
            return TARGETS.list(view, ruleKey(bus, rule) + SEPARATOR);
        }

        List<PendingDelivery> deliveries() {
            return DELIVERIES.list(view, "");
        }
    }

    /** Reads and writes of one transaction. */
    static final class Writes extends Reads {

        private final Tx tx;

        Writes(Tx tx) {
            super(tx);
            this.tx = tx;
        }

        void putBus(EventBus bus) {
            BUSES.put(tx, bus.name(), bus);
        }

        void deleteBus(String name) {
            BUSES.delete(tx, name);
        }

        void putRule(Rule rule) {
            RULES.put(tx, ruleKey(rule.eventBusName(), rule.name()), rule);
        }

        void deleteRule(String bus, String name) {
            RULES.delete(tx, ruleKey(bus, name));
        }

        void putTarget(String bus, String rule, Target target) {
            TARGETS.put(tx, targetKey(bus, rule, target.id()), target);
        }

        void deleteTarget(String bus, String rule, String id) {
            TARGETS.delete(tx, targetKey(bus, rule, id));
        }

        void putDelivery(PendingDelivery delivery) {
            DELIVERIES.put(tx, delivery.key(), delivery);
        }

        void deleteDelivery(String key) {
            DELIVERIES.delete(tx, key);
        }
    }

    private static String ruleKey(String bus, String rule) {
        return bus + SEPARATOR + rule;
    }

    private static String targetKey(String bus, String rule, String id) {
        return ruleKey(bus, rule) + SEPARATOR + id;
    }
}
