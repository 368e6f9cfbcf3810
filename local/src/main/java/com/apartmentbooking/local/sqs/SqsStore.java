package com.apartmentbooking.local.sqs;

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
 * SQS's state in the {@link Store}: queues by name, and messages keyed by queue name, a 0 byte and a key that
 * sorts in sending order, so a queue's messages are one ordered range. Values are JSON of the records.
 */
final class SqsStore {

    private static final String QUEUES = "sqs.queues";
    private static final String MESSAGES = "sqs.messages";

    private final Store store;

    SqsStore(Store store) {
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

        Queue queue(String name) {
            byte[] value = view.get(QUEUES, name);
            return value == null ? null : StoredJson.decode(value, Queue.class);
        }

        /** Queues whose names start with {@code prefix} and come after {@code after} (null: from the first), in name order. */
        List<Queue> queues(String prefix, String after, int limit) {
            byte[] from = after == null ? Keys.utf8(prefix) : Keys.successor(Keys.utf8(after));
            List<Queue> queues = new ArrayList<>();
            for (Entry entry : view.scan(QUEUES, from, Keys.prefixEnd(Keys.utf8(prefix)), true, limit)) {
                queues.add(StoredJson.decode(entry.value(), Queue.class));
            }
            return queues;
        }

        StoredMessage message(String key) {
            byte[] value = view.get(MESSAGES, key);
            return value == null ? null : StoredJson.decode(value, StoredMessage.class);
        }

        /** The queue's messages in sending order. */
        List<StoredMessage> messages(String queueName) {
            byte[] prefix = messagePrefix(queueName);
            List<StoredMessage> messages = new ArrayList<>();
            view.scan(MESSAGES, prefix, Keys.prefixEnd(prefix), true, entry -> {
                messages.add(StoredJson.decode(entry.value(), StoredMessage.class));
                return true;
            });
            return messages;
        }
    }

    /** Reads and writes of one transaction. */
    static final class Writes extends Reads {

        private final Tx tx;

        Writes(Tx tx) {
            super(tx);
            this.tx = tx;
        }

        void putQueue(Queue queue) {
            tx.put(QUEUES, queue.name(), StoredJson.encode(queue));
        }

        void putMessage(StoredMessage message) {
            tx.put(MESSAGES, message.key(), StoredJson.encode(message));
        }

        void deleteMessage(String key) {
            tx.delete(MESSAGES, key);
        }
    }

    /** The store key of a message: its queue's range, then {@code suffix}. */
    static String messageKey(String queueName, String suffix) {
        return queueName + '\0' + suffix;
    }

    /** The queue a message key belongs to. */
    static String queueOf(String messageKey) {
        int separator = messageKey.indexOf('\0');
        return separator < 0 ? null : messageKey.substring(0, separator);
    }

    private static byte[] messagePrefix(String queueName) {
        return Keys.utf8(queueName + '\0');
    }


}
