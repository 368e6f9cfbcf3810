package com.apartmentbooking.local.sqs;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQS's query protocol (API version 2012-11-05), which the AWS CLI up to 2.12 and older SDKs speak: reads an
 * action's form parameters into the same typed calls of {@link SqsService} as {@link SqsProtocol} makes, and writes
 * the answers and errors in SQS's XML. The error codes are the query protocol's, which differ from the JSON
 * protocol's for two errors (the {@code awsQueryError} codes of SQS's service model).
 */
final class SqsQueryProtocol {

    /** Every action of SQS's API, served or not: the requests this protocol answers rather than passes on. */
    private static final Set<String> SQS_ACTIONS = Set.of("AddPermission", "CancelMessageMoveTask",
            "ChangeMessageVisibility", "ChangeMessageVisibilityBatch", "CreateQueue", "DeleteMessage",
            "DeleteMessageBatch", "DeleteQueue", "GetQueueAttributes", "GetQueueUrl", "ListDeadLetterSourceQueues",
            "ListMessageMoveTasks", "ListQueueTags", "ListQueues", "PurgeQueue", "ReceiveMessage", "RemovePermission",
            "SendMessage", "SendMessageBatch", "SetQueueAttributes", "StartMessageMoveTask", "TagQueue", "UntagQueue");

    private final SqsService service;

    SqsQueryProtocol(SqsService service) {
        this.service = service;
    }

    /** Whether {@code action} is one of SQS's, so that a request naming it is SQS's to answer. */
    static boolean isSqsAction(String action) {
        return action != null && SQS_ACTIONS.contains(action);
    }

    /**
     * Performs the action and writes its XML answer.
     *
     * @param path the request's path: a queue's URL path ({@code /<account>/<name>}) names the queue when the
     *             parameters do not, as the query API allows
     * @throws SqsException when SQS refuses the request; {@link #error} gives it its wire form
     */
    String handle(String action, QueryParameters parameters, String path, String requestId) {
        QueryXml xml = new QueryXml().root(action + "Response");
        switch (action) {
            case "CreateQueue" -> result(xml, action).element("QueueUrl",
                    service.createQueue(parameters.required("QueueName"), queueAttributes(parameters)));
            case "GetQueueUrl" -> result(xml, action).element("QueueUrl",
                    service.queueUrl(parameters.required("QueueName")));
            case "ListQueues" -> listQueues(result(xml, action), parameters);
            case "SendMessage" -> sendMessage(result(xml, action), parameters, path);
            case "ReceiveMessage" -> receiveMessage(result(xml, action), parameters, path);
            case "DeleteMessage" -> service.deleteMessage(queueUrl(parameters, path), parameters.required("ReceiptHandle"));
            case "GetQueueAttributes" -> getQueueAttributes(result(xml, action), parameters, path);
            default -> throw new SqsException(400, "InvalidAction",
                    "The action " + action + " is not valid for this endpoint.");
        }
        if (!"DeleteMessage".equals(action)) {
            xml.close(action + "Result");
        }
        return xml.open("ResponseMetadata").element("RequestId", requestId).close("ResponseMetadata")
                .close(action + "Response").toString();
    }

    /**
     * The XML answer to a refused request: {@code <ErrorResponse>} with the query protocol's code for the error,
     * {@code Sender} for a client's fault and {@code Receiver} for the service's.
     */
    static String error(SqsException error, String requestId) {
        String code = error.code();
        String message = error.getMessage();
        if ("QueueDoesNotExist".equals(code)) {
            code = "AWS.SimpleQueueService.NonExistentQueue";
            message = "The specified queue does not exist for this wsdl version.";
        } else if ("QueueNameExists".equals(code)) {
            code = "QueueAlreadyExists";
        }
        return new QueryXml().root("ErrorResponse").open("Error")
                .element("Type", error.status() < 500 ? "Sender" : "Receiver")
                .element("Code", code)
                .element("Message", message)
                .empty("Detail")
                .close("Error")
                .element("RequestId", requestId)
                .close("ErrorResponse").toString();
    }

    private static QueryXml result(QueryXml xml, String action) {
        return xml.open(action + "Result");
    }

    private static String queueUrl(QueryParameters parameters, String path) {
        String url = parameters.get("QueueUrl");
        return url != null || "/".equals(path) ? url : path;
    }

    private static Map<String, String> queueAttributes(QueryParameters parameters) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int index : parameters.indexes("Attribute")) {
            String entry = "Attribute." + index;
            attributes.put(parameters.required(entry + ".Name"), parameters.required(entry + ".Value"));
        }
        return attributes;
    }

    private void listQueues(QueryXml xml, QueryParameters parameters) {
        QueueList list = service.listQueues(parameters.get("QueueNamePrefix"), parameters.integer("MaxResults"),
                parameters.get("NextToken"));
        list.queueUrls().forEach(url -> xml.element("QueueUrl", url));
        xml.element("NextToken", list.nextToken());
    }

    private void sendMessage(QueryXml xml, QueryParameters parameters, String path) {
        SentMessage sent = service.sendMessage(queueUrl(parameters, path), parameters.get("MessageBody"),
                parameters.integer("DelaySeconds"), messageAttributes(parameters));
        xml.element("MD5OfMessageBody", sent.md5OfMessageBody())
                .element("MD5OfMessageAttributes", sent.md5OfMessageAttributes())
                .element("MessageId", sent.messageId());
    }

    private static Map<String, MessageAttribute> messageAttributes(QueryParameters parameters) {
        Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
        for (int index : parameters.indexes("MessageAttribute")) {
            String entry = "MessageAttribute." + index;
            String binary = parameters.get(entry + ".Value.BinaryValue");
            attributes.put(parameters.required(entry + ".Name"), new MessageAttribute(
                    parameters.get(entry + ".Value.DataType"), parameters.get(entry + ".Value.StringValue"),
                    binary == null ? null : decodeBinary(binary)));
        }
        return attributes;
    }

    private static byte[] decodeBinary(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw SqsErrors.invalidParameterValue("A binary message attribute value is not valid base64.");
        }
    }

    private void receiveMessage(QueryXml xml, QueryParameters parameters, String path) {
        List<String> systemNames = parameters.list("AttributeName");
        systemNames.addAll(parameters.list("MessageSystemAttributeName"));
        Integer max = parameters.integer("MaxNumberOfMessages");
        List<ReceivedMessage> messages = service.receiveMessages(new ReceiveRequest(queueUrl(parameters, path),
                max == null ? 1 : max, parameters.integer("VisibilityTimeout"), parameters.integer("WaitTimeSeconds"),
                systemNames, parameters.list("MessageAttributeName")));
        messages.forEach(message -> message(xml, message));
    }

    private static void message(QueryXml xml, ReceivedMessage message) {
        xml.open("Message")
                .element("MessageId", message.messageId())
                .element("ReceiptHandle", message.receiptHandle())
                .element("MD5OfBody", MessageDigests.ofBody(message.body()))
                .element("Body", message.body());
        message.systemAttributes().forEach((name, value) -> nameValue(xml, "Attribute", name, value));
        if (!message.attributes().isEmpty()) {
            // The digest covers the attributes returned, which is what clients recompute it from.
            xml.element("MD5OfMessageAttributes", MessageDigests.ofAttributes(message.attributes()));
        }
        message.attributes().forEach((name, attribute) -> {
            xml.open("MessageAttribute").element("Name", name).open("Value");
            if (attribute.isBinary()) {
                xml.element("BinaryValue", Base64.getEncoder().encodeToString(attribute.binaryValue()));
            } else {
                xml.element("StringValue", attribute.stringValue());
            }
            xml.element("DataType", attribute.dataType()).close("Value").close("MessageAttribute");
        });
        xml.close("Message");
    }

    private void getQueueAttributes(QueryXml xml, QueryParameters parameters, String path) {
        service.queueAttributes(queueUrl(parameters, path), parameters.list("AttributeName"))
                .forEach((name, value) -> nameValue(xml, "Attribute", name, value));
    }

    private static void nameValue(QueryXml xml, String element, String name, String value) {
        xml.open(element).element("Name", name).element("Value", value).close(element);
    }
}
