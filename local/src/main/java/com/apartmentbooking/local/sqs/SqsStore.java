package com.apartmentbooking.local.sqs;

import com.apartmentbooking.local.store.RecordMap;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.store.StoreAccess;
import com.apartmentbooking.local.store.StoreView;
import com.apartmentbooking.local.store.Tx;
import java.util.List;

/**
 * SQS's state in the {@link Store}: queues by name, and messages keyed by queue name, a 0 byte and a key that
 * sorts in sending order, so a queue's messages are one ordered range.
 */
final class SqsStore extends StoreAccess<SqsStore.Reads, SqsStore.Writes> {

    private static final RecordMap<Queue> QUEUES = new RecordMap<>("sqs.queues", Queue.class);
    private static final RecordMap<StoredMessage> MESSAGES = new RecordMap<>("sqs.messages", StoredMessage.class);
    private static final char SEPARATOR = '\0';

    SqsStore(Store store) {
        super(store, Reads::new, Writes::new);
    }

    /** Reads of one consistent state. */
    static class Reads {

        private final StoreView view;

        Reads(StoreView view) {
            this.view = view;
        }

        Queue queue(String name) {
            return QUEUES.get(view, name);
        }

        /** Queues whose names start with {@code prefix} and come after {@code after} (null: from the first), in name order. */
        List<Queue> queues(String prefix, String after, int limit) {
            return QUEUES.list(view, prefix, after, limit);
        }

        /** The queue's messages in sending order. */
        List<StoredMessage> messages(String queueName) {
            return MESSAGES.list(view, queueName + SEPARATOR);
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
            QUEUES.put(tx, queue.name(), queue);
        }

        void putMessage(StoredMessage message) {
            MESSAGES.put(tx, message.key(), message);
        }

        void deleteMessage(String key) {
            MESSAGES.delete(tx, key);
        }
    }

    /** The store key of a message: its queue's range, then {@code suffix}. */
    static String messageKey(String queueName, String suffix) {
        return queueName + SEPARATOR + suffix;
    }

    /** The queue a message key belongs to. */
    static String queueOf(String messageKey) {
        int separator = messageKey.indexOf(SEPARATOR);
        return separator < 0 ? null : messageKey.substring(0, separator);
    }
}
