package com.apartmentbooking.local.events;

import com.apartmentbooking.local.store.Entry;
import com.apartmentbooking.local.store.Keys;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.store.StoredJson;
import com.apartmentbooking.local.store.StoreView;
import com.apartmentbooking.local.store.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * EventBridge's state in the {@link Store}: buses by name; rules under their bus's name and a 0 byte; targets
 * under their rule's key and another 0 byte; pending deliveries by a key in acceptance order. Values are JSON of
 * the records.
 */
final class EventsStore {

    private static final String BUSES = "events.buses";
    private static final String RULES = "events.rules";
    private static final String TARGETS = "events.targets";
    private static final String DELIVERIES = "events.deliveries";
    private static final char SEPARATOR = '\0';

    private final Store store;

    EventsStore(Store store) {
        this.store = store;
    }

    <T> T read(Function<Reads, T> reads) {
        return store.read(view -> reads.apply(new Reads(view)));
    }

    void write(Consumer<Writes> writes) {
        store.transaction(tx -> writes.accept(new Writes(tx)));
    }

    <T> T writeReturning(Function<Writes, T> writes) {
        return store.transactionReturning(tx -> writes.apply(new Writes(tx)));
    }

    /** Reads of one consistent state. */
    static class Reads {

        private final StoreView view;

        Reads(StoreView view) {
            this.view = view;
        }

        EventBus bus(String name) {
            return StoredJson.decode(view.get(BUSES, name), EventBus.class);
        }

        /** Buses whose names start with {@code prefix}, in name order. */
        List<EventBus> buses(String prefix) {
            return all(BUSES, Keys.utf8(prefix), EventBus.class);
        }

        Rule rule(String bus, String name) {
            return StoredJson.decode(view.get(RULES, ruleKey(bus, name)), Rule.class);
        }

        /** The bus's rules whose names start with {@code prefix}, in name order. */
        List<Rule> rules(String bus, String prefix) {
            return all(RULES, Keys.utf8(ruleKey(bus, prefix)), Rule.class);
        }

        /** The rule's targets in id order. */
        List<Target> targets(String bus, String rule) {
            return all(TARGETS, Keys.utf8(ruleKey(bus, rule) + SEPARATOR), Target.class);
        }

        PendingDelivery delivery(String key) {
            return StoredJson.decode(view.get(DELIVERIES, key), PendingDelivery.class);
        }

        List<PendingDelivery> deliveries() {
            return all(DELIVERIES, new byte[0], PendingDelivery.class);
        }

        private <T> List<T> all(String map, byte[] prefix, Class<T> type) {
            List<T> values = new ArrayList<>();
            view.scan(map, prefix, Keys.prefixEnd(prefix), true, (Entry entry) -> values.add(StoredJson.decode(entry.value(), type)));
            return values;
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
            tx.put(BUSES, bus.name(), StoredJson.encode(bus));
        }

        void deleteBus(String name) {
            tx.delete(BUSES, name);
        }

        void putRule(Rule rule) {
            tx.put(RULES, ruleKey(rule.eventBusName(), rule.name()), StoredJson.encode(rule));
        }

        void deleteRule(String bus, String name) {
            tx.delete(RULES, ruleKey(bus, name));
        }

        void putTarget(String bus, String rule, Target target) {
            tx.put(TARGETS, targetKey(bus, rule, target.id()), StoredJson.encode(target));
        }

        void deleteTarget(String bus, String rule, String id) {
            tx.delete(TARGETS, targetKey(bus, rule, id));
        }

        void putDelivery(PendingDelivery delivery) {
            tx.put(DELIVERIES, delivery.key(), StoredJson.encode(delivery));
        }

        void deleteDelivery(String key) {
            tx.delete(DELIVERIES, key);
        }
    }

    private static String ruleKey(String bus, String rule) {
        return bus + SEPARATOR + rule;
    }

    private static String targetKey(String bus, String rule, String id) {
        return ruleKey(bus, rule) + SEPARATOR + id;
    }


}
