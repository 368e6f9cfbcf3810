package com.apartmentbooking.projector;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.apartmentbooking.projector.port.StatusPublishException;
import com.apartmentbooking.projector.port.StatusPublisher;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Publishes the status changes of one stream batch, strictly in record order. On the first failure
 * it stops and hands back that record and every later one: Lambda then retries from the lowest
 * reported sequence number, so no change of a key is skipped or overtaken by a later one.
 */
public class ProjectionService {
    private static final System.Logger LOG = System.getLogger(ProjectionService.class.getName());

    private final StatusChangeDetector detector;
    private final StatusPublisher publisher;

    public ProjectionService(StatusChangeDetector detector, StatusPublisher publisher) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    /** @return the sequence numbers to retry; empty when the whole batch was projected */
    public List<String> project(List<DynamodbStreamRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            DynamodbStreamRecord record = records.get(i);
            try {
                detector.detect(record).ifPresent(publisher::publish);
            } catch (StatusPublishException | MalformedRecordException e) {
                LOG.log(System.Logger.Level.WARNING, "Record " + record.getEventID() + " failed; retrying it and "
                        + (records.size() - i - 1) + " later record(s)", e);
                return sequenceNumbers(records.subList(i, records.size()));
            }
        }
        return List.of();
    }

    private static List<String> sequenceNumbers(List<DynamodbStreamRecord> records) {
        return records.stream().map(r -> r.getDynamodb().getSequenceNumber()).collect(Collectors.toList());
    }
}
