package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.dynamodb.StreamActivity;
import com.apartmentbooking.local.dynamodb.StreamRecord;
import com.apartmentbooking.local.dynamodbstreams.DynamoDbStreamsApi;
import com.apartmentbooking.local.dynamodbstreams.DynamoDbStreamsApi.RecordsPage;
import com.apartmentbooking.local.service.ServiceException;
import com.apartmentbooking.local.sqs.SqsApi;
import com.apartmentbooking.local.sqs.SqsException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One DynamoDB stream event source mapping: polls the stream's shard (a few times a second of real time when
 * idle, and at once when records are appended), invokes the function synchronously with batches of records in order, and keeps its position in the
 * store after each processed batch, so a restart resumes after the last processed record (at least once).
 *
 * <p>A failed batch is retried with a growing pause, until MaximumRetryAttempts (default: until the records
 * expire) or MaximumRecordAgeInSeconds; then its description goes to the OnFailure destination and the mapping
 * moves past it. With ReportBatchItemFailures the position moves to just before the first failed record, and
 * the retry starts there.
 */
final class StreamMapping {

    private static final System.Logger LOG = System.getLogger(StreamMapping.class.getName());
    static final int DEFAULT_BATCH_SIZE = 100;
    static final Duration IDLE_POLL = Duration.ofMillis(200);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(10);

    private final String id;
    private final EventSourceMapping source;
    private final LambdaStore store;
    private final DynamoDbStreamsApi streams;
    private final SqsApi sqs;
    private final LambdaService lambda;
    private final Clock clock;
    private final ScheduledExecutorService thread;
    /** Takes each new LastProcessingResult, as GetEventSourceMapping shows it. */
    private final Consumer<String> results;
    private final int batchSize;
    private final boolean reportBatchItemFailures;
    /** The LATEST position while the mapping has processed nothing yet (no checkpoint to start after). */
    private String latestIterator;
    /** The next poll while it is an idle pause, which appended records cut short; only the mapping's thread uses it. */
    private ScheduledFuture<?> idlePause;
    /** Whether the last poll found no stream at the source ARN (logged once per such spell). */
    private boolean sourceMissing;
    private String failingBatchStart;
    private int failedAttempts;

    StreamMapping(EventSourceMapping source, LambdaStore store, DynamoDbStreamsApi streams, SqsApi sqs,
            LambdaService lambda, Clock clock, ScheduledExecutorService thread, Consumer<String> results) {
        this.id = source.uuid();
        this.source = source;
        this.store = store;
        this.streams = streams;
        this.sqs = sqs;
        this.lambda = lambda;
        this.clock = clock;
        this.thread = thread;
        this.results = results;
        this.batchSize = source.batchSize();
        this.reportBatchItemFailures = source.functionResponseTypes().contains("ReportBatchItemFailures");
    }

    void start() {
        StreamActivity.Registration[] registration = new StreamActivity.Registration[1];
        registration[0] = streams.onAppend(source.eventSourceArn(), () -> {
            try {
                thread.execute(this::wake);
            } catch (RejectedExecutionException stopped) {
                registration[0].close();
            }
        });
        thread.execute(this::poll);
    }

    /** Records were appended: an idle mapping polls now rather than at the end of its idle pause. */
    private void wake() {
        if (idlePause != null && idlePause.cancel(false)) {
            idlePause = null;
            poll();
        }
    }

    private void poll() {
        Duration pause;
        try {
            pause = pollOnce();
        } catch (ServiceException e) {
            // The table or stream may not exist (yet); LATEST positions are taken again. Said once, not at every poll.
            if (!sourceMissing) {
                LOG.log(System.Logger.Level.WARNING, "Stream mapping " + id + " cannot read "
                        + source.eventSourceArn() + ": " + e.getMessage());
            }
            sourceMissing = true;
            results.accept(ProcessingResults.streamNotFound(source.eventSourceArn()));
            latestIterator = null;
            pause = IDLE_POLL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Stream mapping " + id + " failed to poll", e);
            pause = MAX_RETRY_PAUSE;
        }
        try {
            ScheduledFuture<?> next = thread.schedule(this::poll, pause.toMillis(), TimeUnit.MILLISECONDS);
            idlePause = pause == IDLE_POLL ? next : null;
        } catch (RejectedExecutionException e) {
            // The mapping is stopping.
        }
    }

    /** Processes at most one batch; returns how long to wait before the next poll. */
    private Duration pollOnce() throws InterruptedException {
        String shardId = streams.shardId(source.eventSourceArn());
        sourceMissing = false;
        String checkpoint = store.checkpoint(id, shardId);
        String iterator = checkpoint != null
                ? streams.shardIterator(source.eventSourceArn(), shardId, "AFTER_SEQUENCE_NUMBER", checkpoint)
                : startingIterator(shardId);
        RecordsPage page = streams.records(iterator, batchSize);
        if (page.records().isEmpty()) {
            if (checkpoint == null && "LATEST".equals(source.startingPosition())) {
                latestIterator = page.nextShardIterator();
            }
            return IDLE_POLL;
        }
        return process(shardId, page.records());
    }

    private String startingIterator(String shardId) {
        if (!"LATEST".equals(source.startingPosition())) {
            return streams.shardIterator(source.eventSourceArn(), shardId, "TRIM_HORIZON", null);
        }
        if (latestIterator == null) {
            latestIterator = streams.shardIterator(source.eventSourceArn(), shardId, "LATEST", null);
        }
        return latestIterator;
    }

    private Duration process(String shardId, List<StreamRecord> batch) throws InterruptedException {
        int maximumAge = source.maximumRecordAgeInSeconds();
        if (maximumAge >= 0
                && batch.get(0).created().plusSeconds(maximumAge).isBefore(clock.now())) {
            giveUp(shardId, batch, "RecordAgeExceeded", null);
            return Duration.ZERO;
        }
        byte[] event = DynamodbEvents.event(batch, source.eventSourceArn()).toString().getBytes(StandardCharsets.UTF_8);
        if (event.length > PayloadLimits.SYNC_REQUEST_BYTES && batch.size() > 1) {
            // Lambda sends smaller batches rather than an event over the invocation payload limit.
            return process(shardId, batch.subList(0, batch.size() / 2));
        }
        InvocationResult result;
        try {
            result = lambda.invoke(source.functionName(), null, event).get();
        } catch (ExecutionException e) {
            // Throttled or refused: not an attempt of the function, tried again shortly.
            return IDLE_POLL;
        }
        int firstFailed = result.functionError() != null ? 0
                : reportBatchItemFailures ? BatchItemFailures.firstFailed(result.payload(), batch) : batch.size();
        if (firstFailed > 0) {
            store.putCheckpoint(id, shardId, batch.get(firstFailed - 1).sequenceNumber().toString());
        }
        if (firstFailed == batch.size()) {
            results.accept(ProcessingResults.OK);
            failingBatchStart = null;
            failedAttempts = 0;
            return Duration.ZERO;
        }
        results.accept(ProcessingResults.FUNCTION_CALL_FAILED);
        List<StreamRecord> failed = batch.subList(firstFailed, batch.size());
        String start = failed.get(0).sequenceNumber().toString();
        if (!start.equals(failingBatchStart)) {
            failingBatchStart = start;
            failedAttempts = 0;
        }
        failedAttempts++;
        int maximumRetries = source.maximumRetryAttempts();
        if (maximumRetries >= 0 && failedAttempts > maximumRetries) {
            giveUp(shardId, failed, "RetryAttemptsExhausted", result.functionError());
            return Duration.ZERO;
        }
        long pause = FIRST_RETRY.toMillis() << Math.min(failedAttempts - 1, 10);
        return Duration.ofMillis(Math.min(pause, MAX_RETRY_PAUSE.toMillis()));
    }

    /** Sends the batch's description to the OnFailure destination, if any, and moves past the batch. */
    private void giveUp(String shardId, List<StreamRecord> batch, String condition, String functionError) {
        String destination = source.onFailureDestination();
        if (destination != null) {
            StreamBatchFailure failure = new StreamBatchFailure(source.functionArn(), source.eventSourceArn(), shardId,
                    List.copyOf(batch), condition, failedAttempts, functionError, clock.now());
            try {
                sqs.sendMessage(destination, failure.toJson().toString(), Map.of());
            } catch (SqsException e) {
                LOG.log(System.Logger.Level.WARNING, "Stream mapping " + id + " could not send a failed batch to "
                        + destination + ": " + e.getMessage());
            }
        } else {
            LOG.log(System.Logger.Level.WARNING, "Stream mapping " + id + " skips " + batch.size()
                    + " records after " + condition);
        }
        store.putCheckpoint(id, shardId, batch.get(batch.size() - 1).sequenceNumber().toString());
        failingBatchStart = null;
        failedAttempts = 0;
    }
}
