package com.apartmentbooking.reservation;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.apartmentbooking.model.events.BookingRequested;
import com.apartmentbooking.model.events.EventBatchPublisher;
import com.apartmentbooking.model.events.EventPublishException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outbox relay: publishes the BookingRequested of each new REQUESTED booking of a Bookings stream batch, in
 * record order and in PutEvents calls of at most {@link EventBatchPublisher#MAX_ENTRIES_PER_CALL} entries (a
 * BookingRequested is a few hundred bytes, so ten stay far below PutEvents' 256 KB request limit).
 *
 * <p>On the first record whose event was not published (its call failed, its entry was refused, or the record is
 * malformed) it stops and hands back that record and every later one: Lambda retries from the lowest reported
 * sequence number, so no request is skipped. Events the bus took after a refused entry of the same call are
 * published again by that retry; the workflow's checked hold makes such a duplicate hold nothing.
 */
public final class BookingRequestedRelay {
    private static final System.Logger LOG = System.getLogger(BookingRequestedRelay.class.getName());

    private final EventBatchPublisher publisher;

    public BookingRequestedRelay(EventBatchPublisher publisher) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    /** @return the sequence numbers to retry, in record order; empty when every event was published */
    public List<String> relay(List<DynamodbStreamRecord> records) {
        List<Pending> pending = new ArrayList<>();
        int malformed = records.size();
        for (int i = 0; i < records.size(); i++) {
            int index = i;
            try {
                RequestedBookingRecord.event(records.get(i)).ifPresent(event -> pending.add(new Pending(index, event)));
            } catch (MalformedRecordException e) {
                LOG.log(Level.ERROR, "Record " + records.get(i).getEventID() + " cannot be relayed: " + e.getMessage());
                malformed = i;
                break;
            }
        }
        for (int start = 0; start < pending.size(); start += EventBatchPublisher.MAX_ENTRIES_PER_CALL) {
            List<Pending> call = pending.subList(start,
                    Math.min(start + EventBatchPublisher.MAX_ENTRIES_PER_CALL, pending.size()));
            int taken = publish(call);
            if (taken < call.size()) {
                int firstFailed = call.get(taken).index();
                LOG.log(Level.WARNING, "BookingRequested of record " + records.get(firstFailed).getEventID()
                        + " was not published; retrying it and " + (records.size() - firstFailed - 1)
                        + " later record(s)");
                return sequenceNumbers(records.subList(firstFailed, records.size()));
            }
        }
        return sequenceNumbers(records.subList(malformed, records.size()));
    }

    private int publish(List<Pending> call) {
        try {
            return publisher.publishBatch(call.stream().map(Pending::event).toList());
        } catch (EventPublishException e) {
            LOG.log(Level.WARNING, "A PutEvents call of " + call.size() + " BookingRequested failed", e);
            return 0;
        }
    }

    private static List<String> sequenceNumbers(List<DynamodbStreamRecord> records) {
        return records.stream().map(record -> record.getDynamodb().getSequenceNumber()).toList();
    }

    /** A record's event, with the record's place in the batch. */
    private record Pending(int index, BookingRequested event) {
    }
}
