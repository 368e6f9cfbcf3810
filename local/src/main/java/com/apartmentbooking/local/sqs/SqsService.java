package com.apartmentbooking.local.sqs;

import com.apartmentbooking.local.clock.Clock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * SQS standard queues: the operations a dead-letter queue needs. Time (delays, visibility timeouts, retention)
 * follows the runtime's {@link Clock}. Nothing is scheduled: every request reads the clock, so once an operator
 * moves it on, delayed messages are visible and expired visibility timeouts over (a waiting long poll sees them
 * when it looks again).
 */
public final class SqsService {

    private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final int MAX_BODY_BYTES = 262_144;
    private static final int MAX_MESSAGE_ATTRIBUTES = 10;
    private static final int MAX_ATTRIBUTE_NAME_BYTES = 256;
    private static final int MAX_LIST_RESULTS = 1000;
    private static final String ALL = "All";
    static final String RECEIVE_COUNT = "ApproximateReceiveCount";
    static final String SENT_TIMESTAMP = "SentTimestamp";
    static final String FIRST_RECEIVE_TIMESTAMP = "ApproximateFirstReceiveTimestamp";
    private static final List<String> SYSTEM_ATTRIBUTES = List.of(RECEIVE_COUNT, SENT_TIMESTAMP, FIRST_RECEIVE_TIMESTAMP);
    private static final List<String> COMPUTED_QUEUE_ATTRIBUTES = List.of("ApproximateNumberOfMessages",
            "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed", "CreatedTimestamp",
            "LastModifiedTimestamp", "QueueArn");

    private final SqsStore store;
    private final Clock clock;
    private final String region;
    private final String accountId;
    private final String endpoint;
    private final LongPolls longPolls = new LongPolls();
    /** Orders messages sent in the same millisecond; the key's random part keeps keys unique across restarts. */
    private final AtomicLong sendSequence = new AtomicLong();

    /**
     * @param endpoint the runtime's base URL as clients reach it; queue URLs are {@code <endpoint>/<account>/<name>}
     */
    SqsService(SqsStore store, Clock clock, String region, String accountId, String endpoint) {
        this.store = store;
        this.clock = clock;
        this.region = region;
        this.accountId = accountId;
        this.endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    }

    /** Creates the queue, or returns the URL of an existing one with the same attributes. */
    public String createQueue(String name, Map<String, String> requestedAttributes) {
        if (name == null || !QUEUE_NAME.matcher(name).matches()) {
            throw SqsErrors.invalidParameterValue("Can only include alphanumeric characters, hyphens, or underscores. "
                    + "1 to 80 in length");
        }
        Map<String, String> attributes = QueueAttributes.withDefaults(requestedAttributes);
        store.write(writes -> {
            Queue existing = writes.queue(name);
            if (existing == null) {
                writes.putQueue(new Queue(name, attributes, clock.now().toEpochMilli()));
            } else if (!existing.attributes().equals(attributes)) {
                throw SqsErrors.queueNameExists(name);
            }
        });
        return url(name);
    }

    public String queueUrl(String name) {
        if (name == null || store.read(reads -> reads.queue(name)) == null) {
            throw SqsErrors.queueDoesNotExist();
        }
        return url(name);
    }

    /**
     * Queues whose names start with {@code prefix}, in name order. Without {@code maxResults} all of them (AWS
     * caps that at 1000); with it, pages of that size and a token naming the last queue of the page.
     */
    public QueueList listQueues(String prefix, Integer maxResults, String nextToken) {
        if (maxResults != null && (maxResults < 1 || maxResults > MAX_LIST_RESULTS)) {
            throw SqsErrors.invalidParameterValue("Value " + maxResults
                    + " for parameter MaxResults is invalid. Reason: MaxResults must be an integer between 1 and 1000.");
        }
        String after = nextToken == null ? null : decodeToken(nextToken);
        int limit = maxResults == null ? MAX_LIST_RESULTS : maxResults;
        List<Queue> page = store.read(reads -> reads.queues(prefix == null ? "" : prefix, after, limit + 1));
        List<String> urls = new ArrayList<>();
        for (Queue queue : page.subList(0, Math.min(limit, page.size()))) {
            urls.add(url(queue.name()));
        }
        boolean more = maxResults != null && page.size() > limit;
        return new QueueList(urls, more ? encodeToken(page.get(limit - 1).name()) : null);
    }

    public SentMessage sendMessage(String queueUrl, String body, Integer delaySeconds,
            Map<String, MessageAttribute> attributes) {
        if (body == null || body.isEmpty()) {
            throw SqsErrors.missingParameter("MessageBody");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw SqsErrors.invalidParameterValue("One or more parameters are invalid. Reason: Message must be shorter than "
                    + MAX_BODY_BYTES + " bytes.");
        }
        if (delaySeconds != null && (delaySeconds < 0 || delaySeconds > 900)) {
            throw SqsErrors.invalidParameterValue("Value " + delaySeconds
                    + " for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.");
        }
        MessageContents.check(body, "message body");
        checkAttributes(attributes);
        String name = queueName(queueUrl);
        String messageId = UUID.randomUUID().toString();
        store.write(writes -> {
            Queue queue = existing(writes, name);
            long now = clock.now().toEpochMilli();
            int delay = delaySeconds == null ? queue.seconds(QueueAttributes.DELAY_SECONDS) : delaySeconds;
            String key = SqsStore.messageKey(name, String.format("%013d%012d-%s", now, sendSequence.incrementAndGet(), messageId));
            writes.putMessage(new StoredMessage(key, messageId, body, attributes, now, now + delay * 1000L, 0, 0, ""));
        });
        longPolls.messageSent();
        return new SentMessage(messageId, MessageDigests.ofBody(body), MessageDigests.ofAttributes(attributes));
    }

    /**
     * SQS's rules for a message attribute's name: under 256 bytes, letters, digits, '_', '-' and '.', neither
     * starting with AWS's reserved prefixes nor starting or ending with '.'.
     */
    private static void checkAttributeName(String name) {
        if (name.isEmpty()) {
            throw SqsErrors.invalidParameterValue("The request must contain non-empty message (user) attribute names.");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length >= MAX_ATTRIBUTE_NAME_BYTES) {
            throw SqsErrors.invalidParameterValue("Message (user) attribute names must be shorter than "
                    + MAX_ATTRIBUTE_NAME_BYTES + " Bytes");
        }
        if (!name.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.'))) {
            throw SqsErrors.invalidParameterValue("Message (user) attributes name can only contain upper and lower "
                    + "score characters, digits, periods, hyphens and underscores. ");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("aws.") || lower.startsWith("amazon.") || name.startsWith(".") || name.endsWith(".")) {
            throw SqsErrors.invalidParameterValue("You can't use message attribute names beginning with 'AWS.' or "
                    + "'Amazon.'. These strings are reserved for internal use. Additionally, they cannot start or end "
                    + "with '.'.");
        }
    }

    private static void checkAttributes(Map<String, MessageAttribute> attributes) {
        if (attributes.size() > MAX_MESSAGE_ATTRIBUTES) {
            throw SqsErrors.invalidParameterValue("Number of message attributes [" + attributes.size()
                    + "] exceeds the allowed maximum [" + MAX_MESSAGE_ATTRIBUTES + "].");
        }
        attributes.forEach((name, attribute) -> {
            checkAttributeName(name);
            String type = attribute.dataType();
            boolean knownType = type != null && (type.startsWith("String") || type.startsWith("Number") || type.startsWith("Binary"));
            if (!knownType) {
                throw SqsErrors.invalidParameterValue("The type of message (user) attribute '" + name + "' is invalid. "
                        + "You must use only the following supported type prefixes: Binary, Number, String.");
            }
            boolean hasValue = attribute.isBinary() ? attribute.binaryValue() != null
                    : attribute.stringValue() != null && !attribute.stringValue().isEmpty();
            if (!hasValue) {
                throw SqsErrors.invalidParameterValue("The message attribute '" + name + "' must contain a non-empty value of type '"
                        + type + "'.");
            }
            if (!attribute.isBinary()) {
                MessageContents.check(attribute.stringValue(), "message attribute '" + name + "'");
            }
        });
    }

    /**
     * Hands out up to {@code maxMessages} visible messages, oldest first, each then invisible for the visibility
     * timeout. Waits (long polling) when there are none and a wait time is given.
     */
    public List<ReceivedMessage> receiveMessages(ReceiveRequest request) {
        if (request.maxMessages() < 1 || request.maxMessages() > 10) {
            throw SqsErrors.invalidParameterValue("Value " + request.maxMessages()
                    + " for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.");
        }
        Integer visibility = request.visibilityTimeout();
        if (visibility != null && (visibility < 0 || visibility > 43_200)) {
            throw SqsErrors.invalidParameterValue("Value " + visibility
                    + " for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.");
        }
        Integer wait = request.waitTimeSeconds();
        if (wait != null && (wait < 0 || wait > 20)) {
            throw SqsErrors.invalidParameterValue("Value " + wait
                    + " for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.");
        }
        String name = queueName(request.queueUrl());
        Queue queue = store.read(reads -> reads.queue(name));
        if (queue == null) {
            throw SqsErrors.queueDoesNotExist();
        }
        int waitSeconds = wait == null ? queue.seconds(QueueAttributes.RECEIVE_WAIT_TIME_SECONDS) : wait;
        return longPolls.poll(waitSeconds, () -> receiveNow(name, request));
    }

    private List<ReceivedMessage> receiveNow(String name, ReceiveRequest request) {
        return store.writeReturning(writes -> {
            Queue queue = existing(writes, name);
            long now = clock.now().toEpochMilli();
            long retentionMillis = queue.seconds(QueueAttributes.MESSAGE_RETENTION_PERIOD) * 1000L;
            int visibility = request.visibilityTimeout() == null
                    ? queue.seconds(QueueAttributes.VISIBILITY_TIMEOUT) : request.visibilityTimeout();
            List<ReceivedMessage> received = new ArrayList<>();
            for (StoredMessage message : writes.messages(name)) {
                if (received.size() == request.maxMessages()) {
                    break;
                }
                if (message.sentMillis() + retentionMillis <= now) {
                    writes.deleteMessage(message.key());
                } else if (message.visibleAtMillis() <= now) {
                    String nonce = UUID.randomUUID().toString();
                    StoredMessage delivered = message.received(now, now + visibility * 1000L, nonce);
                    writes.putMessage(delivered);
                    received.add(new ReceivedMessage(delivered.messageId(), ReceiptHandles.of(delivered.key(), nonce),
                            delivered.body(), systemAttributes(delivered, request.systemAttributeNames()),
                            MessageAttributeSelection.select(delivered.attributes(), request.messageAttributeNames())));
                }
            }
            return received;
        });
    }

    private static Map<String, String> systemAttributes(StoredMessage message, List<String> names) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String name : SYSTEM_ATTRIBUTES) {
            if (names.contains(ALL) || names.contains(name)) {
                attributes.put(name, switch (name) {
                    case RECEIVE_COUNT -> Integer.toString(message.receiveCount());
                    case SENT_TIMESTAMP -> Long.toString(message.sentMillis());
                    default -> Long.toString(message.firstReceiveMillis());
                });
            }
        }
        return attributes;
    }

    /** Deletes the message the receipt handle was given for; deleting it twice is not an error, as on AWS. */
    public void deleteMessage(String queueUrl, String receiptHandle) {
        String name = queueName(queueUrl);
        String key = ReceiptHandles.messageKey(receiptHandle);
        if (key == null || !name.equals(SqsStore.queueOf(key))) {
            throw SqsErrors.receiptHandleIsInvalid(receiptHandle);
        }
        store.write(writes -> {
            existing(writes, name);
            writes.deleteMessage(key);
        });
    }

    /** The requested attributes ("All" for every one) of the queue, as strings. */
    public Map<String, String> queueAttributes(String queueUrl, List<String> names) {
        for (String requested : names) {
            if (!ALL.equals(requested) && !COMPUTED_QUEUE_ATTRIBUTES.contains(requested)
                    && !QueueAttributes.isSettable(requested)) {
                throw SqsErrors.invalidAttributeName(requested);
            }
        }
        String name = queueName(queueUrl);
        return store.read(reads -> {
            Queue queue = reads.queue(name);
            if (queue == null) {
                throw SqsErrors.queueDoesNotExist();
            }
            long now = clock.now().toEpochMilli();
            long retentionMillis = queue.seconds(QueueAttributes.MESSAGE_RETENTION_PERIOD) * 1000L;
            int visible = 0;
            int inFlight = 0;
            int delayed = 0;
            for (StoredMessage message : reads.messages(name)) {
                if (message.sentMillis() + retentionMillis <= now) {
                    continue;
                }
                if (message.visibleAtMillis() <= now) {
                    visible++;
                } else if (message.receiveCount() > 0) {
                    inFlight++;
                } else {
                    delayed++;
                }
            }
            Map<String, String> all = new LinkedHashMap<>(queue.attributes());
            all.put("ApproximateNumberOfMessages", Integer.toString(visible));
            all.put("ApproximateNumberOfMessagesNotVisible", Integer.toString(inFlight));
            all.put("ApproximateNumberOfMessagesDelayed", Integer.toString(delayed));
            all.put("CreatedTimestamp", Long.toString(queue.createdMillis() / 1000));
            all.put("LastModifiedTimestamp", Long.toString(queue.createdMillis() / 1000));
            all.put("QueueArn", arn(name));
            if (!names.contains(ALL)) {
                all.keySet().retainAll(names);
            }
            return all;
        });
    }

    public String arn(String queueName) {
        return "arn:aws:sqs:" + region + ":" + accountId + ":" + queueName;
    }

    private String url(String queueName) {
        return endpoint + "/" + accountId + "/" + queueName;
    }

    /** The queue a URL names: its last path segment, under this account. */
    private String queueName(String queueUrl) {
        if (queueUrl == null) {
            throw SqsErrors.missingParameter("QueueUrl");
        }
        String[] segments = queueUrl.split("/");
        if (segments.length < 2 || !accountId.equals(segments[segments.length - 2])) {
            throw SqsErrors.queueDoesNotExist();
        }
        return segments[segments.length - 1];
    }

    private static Queue existing(SqsStore.Reads reads, String name) {
        Queue queue = reads.queue(name);
        if (queue == null) {
            throw SqsErrors.queueDoesNotExist();
        }
        return queue;
    }

    private static String encodeToken(String lastName) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastName.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SqsErrors.invalidParameterValue("Invalid NextToken value.");
        }
    }
}
