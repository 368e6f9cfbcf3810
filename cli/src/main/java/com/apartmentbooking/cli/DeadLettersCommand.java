package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@code dead-letters}: what the template's dead-letter and failure queues hold. SQS has no peek: messages are
 * received with a visibility timeout of 0, so they stay visible and are not deleted (their receive count grows).
 */
@Command(name = "dead-letters", description = "Show what the dead-letter and failure queues hold (nothing is deleted).")
final class DeadLettersCommand extends CliCommand {

    /** ReceiveMessage's largest batch. */
    private static final int BATCH = 10;

    @Option(names = "--max", defaultValue = "100", paramLabel = "N",
            description = "At most N messages per queue (default: ${DEFAULT-VALUE})")
    int max;

    /** A queue and what it holds. */
    private record Held(StackResources.Queue queue, long approximate, List<Message> messages) {
    }

    @Override
    int run(Session session, Output output) {
        if (max < 1) {
            throw new CliFailure(ExitCode.USAGE, "--max must be at least 1: " + max);
        }
        List<Held> held = new ArrayList<>();
        for (StackResources.Queue queue : session.resources().failureQueues()) {
            held.add(peek(session, queue));
        }
        if (output.json()) {
            output.document(document(held));
            return ExitCode.OK;
        }
        if (held.isEmpty()) {
            output.line("No dead-letter or failure queues of stack " + session.target().stack() + " found.");
        }
        for (Held queue : held) {
            String name = queue.queue().url().substring(queue.queue().url().lastIndexOf('/') + 1);
            output.line(queue.queue().logicalId() + " (" + name + "): " + (queue.approximate() == 0 ? "empty"
                    : queue.approximate() + (queue.approximate() == 1 ? " message" : " messages")));
            int number = 1;
            for (Message message : queue.messages()) {
                output.line("  " + number++ + ". " + message.messageId() + "  sent " + sent(message) + "  received "
                        + message.attributes().getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "?")
                        + "x");
                Map<String, String> attributes = attributes(message);
                attributes.forEach((key, value) -> output.line("     " + key + ": " + value));
                output.line("     " + DeadLetterBodies.summary(message.body()));
            }
        }
        return ExitCode.OK;
    }

    private Held peek(Session session, StackResources.Queue queue) {
        long approximate = Long.parseLong(session.aws().sqs().getQueueAttributes(r -> r.queueUrl(queue.url())
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
                .getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0"));
        Map<String, Message> messages = new LinkedHashMap<>();
        while (messages.size() < max) {
            int before = messages.size();
            session.aws().sqs().receiveMessage(r -> r.queueUrl(queue.url())
                            .maxNumberOfMessages(Math.min(BATCH, max - messages.size()))
                            .visibilityTimeout(0).waitTimeSeconds(0)
                            .messageAttributeNames("All")
                            .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
                    .messages().forEach(m -> messages.putIfAbsent(m.messageId(), m));
            if (messages.size() == before) {
                break;
            }
        }
        return new Held(queue, approximate, new ArrayList<>(messages.values()));
    }

    private static ObjectNode document(List<Held> held) {
        ObjectNode document = CliJson.object();
        ArrayNode queues = document.putArray("queues");
        for (Held queue : held) {
            ObjectNode entry = queues.addObject().put("logicalId", queue.queue().logicalId())
                    .put("queueUrl", queue.queue().url()).put("approximateNumberOfMessages", queue.approximate());
            ArrayNode messages = entry.putArray("messages");
            for (Message message : queue.messages()) {
                ObjectNode item = messages.addObject().put("messageId", message.messageId())
                        .put("sentTimestamp", sent(message));
                ObjectNode attributes = item.putObject("messageAttributes");
                attributes(message).forEach(attributes::put);
                JsonNode body = CliJson.parseOrNull(message.body());
                if (body != null) {
                    item.set("body", body);
                } else {
                    item.put("body", message.body());
                }
            }
        }
        return document;
    }

    private static Map<String, String> attributes(Message message) {
        Map<String, String> attributes = new TreeMap<>();
        message.messageAttributes().forEach((name, value) -> attributes.put(name,
                value.stringValue() != null ? value.stringValue() : String.valueOf(value.binaryValue())));
        return attributes;
    }

    private static String sent(Message message) {
        String millis = message.attributes().get(MessageSystemAttributeName.SENT_TIMESTAMP);
        return millis == null ? "?" : Instant.ofEpochMilli(Long.parseLong(millis)).toString();
    }
}
