package com.apartmentbooking.local.sqs;

import com.apartmentbooking.local.server.AwsJsonService;
import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQS's wire adapter (AWS JSON 1.0, target prefix {@code AmazonSQS}, errors typed {@code com.amazonaws.sqs#<Code>}):
 * reads each operation's request members, calls {@link SqsService} and writes AWS's response members.
 */
public final class SqsProtocol implements AwsJsonService {

    /** A message may be 256 KiB; the rest of the request (attributes, names) fits well in the margin. */
    private static final long MAX_REQUEST_BYTES = 1024L * 1024;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SqsService service;

    public SqsProtocol(SqsService service) {
        this.service = service;
    }

    @Override
    public String targetPrefix() {
        return "AmazonSQS";
    }

    @Override
    public String errorTypePrefix() {
        return "com.amazonaws.sqs#";
    }

    @Override
    public long maxRequestBytes() {
        return MAX_REQUEST_BYTES;
    }

    /** The SDKs check no checksum header on SQS responses; they check the MD5s in the body instead. */
    @Override
    public boolean crc32Header() {
        return false;
    }

    @Override
    public JsonNode handle(String operation, JsonNode request, RequestContext ctx) {
        try {
            return call(operation, request);
        } catch (SqsException e) {
            throw AwsServiceException.from(e);
        }
    }

    private JsonNode call(String operation, JsonNode request) {
        return switch (operation) {
            case "CreateQueue" -> createQueue(request);
            case "GetQueueUrl" -> JSON.objectNode().put("QueueUrl", service.queueUrl(text(request, "QueueName")));
            case "ListQueues" -> listQueues(request);
            case "SendMessage" -> sendMessage(request);
            case "ReceiveMessage" -> receiveMessage(request);
            case "DeleteMessage" -> {
                service.deleteMessage(text(request, "QueueUrl"), text(request, "ReceiptHandle"));
                yield null;
            }
            case "GetQueueAttributes" -> getQueueAttributes(request);
            default -> throw AwsServiceException.unknownOperation();
        };
    }

    private JsonNode createQueue(JsonNode request) {
        Map<String, String> attributes = new LinkedHashMap<>();
        request.path("Attributes").fields().forEachRemaining(field -> attributes.put(field.getKey(), field.getValue().asText()));
        return JSON.objectNode().put("QueueUrl", service.createQueue(text(request, "QueueName"), attributes));
    }

    private JsonNode listQueues(JsonNode request) {
        JsonNode maxResults = request.get("MaxResults");
        QueueList list = service.listQueues(text(request, "QueueNamePrefix"),
                maxResults == null ? null : maxResults.asInt(), text(request, "NextToken"));
        ObjectNode response = JSON.objectNode();
        // SQS leaves QueueUrls out, rather than sending an empty list, when no queue matches.
        if (!list.queueUrls().isEmpty()) {
            ArrayNode urls = response.putArray("QueueUrls");
            list.queueUrls().forEach(urls::add);
        }
        if (list.nextToken() != null) {
            response.put("NextToken", list.nextToken());
        }
        return response;
    }

    /** SendMessage from its JSON request; a refusal is the service's {@link SqsException}. */
    JsonNode sendMessage(JsonNode request) {
        JsonNode delay = request.get("DelaySeconds");
        SentMessage sent = service.sendMessage(text(request, "QueueUrl"), text(request, "MessageBody"),
                delay == null ? null : delay.asInt(), messageAttributes(request.path("MessageAttributes")));
        ObjectNode response = JSON.objectNode()
                .put("MessageId", sent.messageId())
                .put("MD5OfMessageBody", sent.md5OfMessageBody());
        if (sent.md5OfMessageAttributes() != null) {
            response.put("MD5OfMessageAttributes", sent.md5OfMessageAttributes());
        }
        return response;
    }

    private static Map<String, MessageAttribute> messageAttributes(JsonNode attributes) {
        Map<String, MessageAttribute> result = new LinkedHashMap<>();
        attributes.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            JsonNode binary = value.get("BinaryValue");
            result.put(field.getKey(), new MessageAttribute(text(value, "DataType"), text(value, "StringValue"),
                    binary == null ? null : decodeBinary(binary.asText())));
        });
        return result;
    }

    private static byte[] decodeBinary(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw SqsErrors.invalidParameterValue("A binary message attribute value is not valid base64.");
        }
    }

    private JsonNode receiveMessage(JsonNode request) {
        List<String> systemNames = strings(request.path("AttributeNames"));
        systemNames.addAll(strings(request.path("MessageSystemAttributeNames")));
        JsonNode max = request.get("MaxNumberOfMessages");
        JsonNode visibility = request.get("VisibilityTimeout");
        JsonNode wait = request.get("WaitTimeSeconds");
        List<ReceivedMessage> messages = service.receiveMessages(new ReceiveRequest(text(request, "QueueUrl"),
                max == null ? 1 : max.asInt(), visibility == null ? null : visibility.asInt(),
                wait == null ? null : wait.asInt(), systemNames, strings(request.path("MessageAttributeNames"))));
        ObjectNode response = JSON.objectNode();
        // As SQS does, an empty receive has no Messages member.
        if (!messages.isEmpty()) {
            ArrayNode array = response.putArray("Messages");
            messages.forEach(message -> array.add(message(message)));
        }
        return response;
    }

    private static ObjectNode message(ReceivedMessage message) {
        ObjectNode node = JSON.objectNode()
                .put("MessageId", message.messageId())
                .put("ReceiptHandle", message.receiptHandle())
                .put("MD5OfBody", MessageDigests.ofBody(message.body()))
                .put("Body", message.body());
        if (!message.systemAttributes().isEmpty()) {
            ObjectNode attributes = node.putObject("Attributes");
            message.systemAttributes().forEach(attributes::put);
        }
        if (!message.attributes().isEmpty()) {
            // The digest covers the attributes returned, which is what the SDK recomputes it from.
            node.put("MD5OfMessageAttributes", MessageDigests.ofAttributes(message.attributes()));
            ObjectNode attributes = node.putObject("MessageAttributes");
            message.attributes().forEach((name, attribute) -> {
                ObjectNode value = attributes.putObject(name).put("DataType", attribute.dataType());
                if (attribute.isBinary()) {
                    value.put("BinaryValue", attribute.binaryValue());
                } else {
                    value.put("StringValue", attribute.stringValue());
                }
            });
        }
        return node;
    }

    private JsonNode getQueueAttributes(JsonNode request) {
        Map<String, String> attributes = service.queueAttributes(text(request, "QueueUrl"),
                strings(request.path("AttributeNames")));
        ObjectNode response = JSON.objectNode();
        if (!attributes.isEmpty()) {
            ObjectNode node = response.putObject("Attributes");
            attributes.forEach(node::put);
        }
        return response;
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.asText()));
        return strings;
    }
}
