package com.apartmentbooking.local.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.store.Store;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import software.amazon.awssdk.services.sqs.model.InvalidMessageContentsException;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** SQS's query protocol on the wire: the exact XML of answers and errors, read with plain HTTP. */
class SqsQueryWireTest {

    private static final String QUEUE_URL = "http://localhost:4566/" + SqsRuntime.ACCOUNT + "/wire";
    private static final String NS = "http://queue.amazonaws.com/doc/2012-11-05/";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final SqsRuntime runtime = new SqsRuntime(Store.inMemory(), new ControllableClock(SqsRuntime.START));
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void createQueueAnswersItsUrlInSqsXml() throws Exception {
        HttpResponse<String> response = post("/", "Action=CreateQueue&Version=2012-11-05&QueueName=wire"
                + "&Attribute.1.Name=VisibilityTimeout&Attribute.1.Value=45");

        assertEquals(200, response.statusCode());
        assertEquals("text/xml", response.headers().firstValue("Content-Type").orElseThrow());
        String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
        assertTrue(UUID.matcher(requestId).matches(), requestId);
        assertEquals("<?xml version=\"1.0\"?><CreateQueueResponse xmlns=\"" + NS + "\"><CreateQueueResult><QueueUrl>"
                + QUEUE_URL + "</QueueUrl></CreateQueueResult><ResponseMetadata><RequestId>" + requestId
                + "</RequestId></ResponseMetadata></CreateQueueResponse>", response.body());
        assertEquals("45", runtime.client().getQueueAttributes(r -> r.queueUrl(QUEUE_URL)
                .attributeNamesWithStrings("VisibilityTimeout")).attributesAsStrings().get("VisibilityTimeout"));
    }

    @Test
    void sendMessageAnswersDigestsAndId() throws Exception {
        createQueue();
        HttpResponse<String> response = post("/", form(Map.of("Action", "SendMessage", "QueueUrl", QUEUE_URL,
                "MessageBody", "hello", "MessageAttribute.1.Name", "n", "MessageAttribute.1.Value.DataType", "Number",
                "MessageAttribute.1.Value.StringValue", "1")));

        assertEquals(200, response.statusCode());
        String messageId = first(UUID, response.body().replace(requestId(response), ""));
        assertEquals("<?xml version=\"1.0\"?><SendMessageResponse xmlns=\"" + NS + "\"><SendMessageResult>"
                + "<MD5OfMessageBody>5d41402abc4b2a76b9719d911017c592</MD5OfMessageBody>"
                + "<MD5OfMessageAttributes>" + MessageDigests.ofAttributes(Map.of("n", new MessageAttribute("Number", "1", null)))
                + "</MD5OfMessageAttributes><MessageId>" + messageId + "</MessageId></SendMessageResult>"
                + "<ResponseMetadata><RequestId>" + requestId(response) + "</RequestId></ResponseMetadata>"
                + "</SendMessageResponse>", response.body());
    }

    @Test
    void receivedBodiesAreEscapedAndReadBackExactly() throws Exception {
        createQueue();
        String body = "<a href=\"x\">&amp; it's</a>\r\n\tZürich 🏠 日本";
        post("/", form(Map.of("Action", "SendMessage", "QueueUrl", QUEUE_URL, "MessageBody", body,
                "MessageAttribute.1.Name", "raw", "MessageAttribute.1.Value.DataType", "Binary.gz",
                "MessageAttribute.1.Value.BinaryValue", "AAH/")));

        HttpResponse<String> response = post("/", form(Map.of("Action", "ReceiveMessage", "QueueUrl", QUEUE_URL,
                "AttributeName.1", "SentTimestamp", "MessageAttributeName.1", "All")));

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<Body>&lt;a href=&quot;x&quot;&gt;&amp;amp; it&apos;s&lt;/a&gt;&#xD;\n\t"
                + "Zürich 🏠 日本</Body>"), response.body());
        assertTrue(response.body().contains("<MD5OfBody>" + MessageDigests.ofBody(body) + "</MD5OfBody>"
                + "<Body>"), response.body());
        assertTrue(response.body().contains("<Attribute><Name>SentTimestamp</Name><Value>"
                + SqsRuntime.START.toEpochMilli() + "</Value></Attribute><MD5OfMessageAttributes>"), response.body());
        assertTrue(response.body().contains("<MessageAttribute><Name>raw</Name><Value><BinaryValue>AAH/</BinaryValue>"
                + "<DataType>Binary.gz</DataType></Value></MessageAttribute></Message></ReceiveMessageResult>"),
                response.body());
        Document xml = parse(response.body());
        assertEquals(body, xml.getElementsByTagNameNS(NS, "Body").item(0).getTextContent());
    }

    @Test
    void anEmptyReceiveIsAnEmptyResult() throws Exception {
        createQueue();
        HttpResponse<String> response = post("/", form(Map.of("Action", "ReceiveMessage", "QueueUrl", QUEUE_URL)));

        assertEquals("<?xml version=\"1.0\"?><ReceiveMessageResponse xmlns=\"" + NS + "\">"
                + "<ReceiveMessageResult></ReceiveMessageResult>"
                + "<ResponseMetadata><RequestId>" + requestId(response) + "</RequestId></ResponseMetadata>"
                + "</ReceiveMessageResponse>", response.body());
    }

    @Test
    void deleteMessageAnswersOnlyItsRequestId() throws Exception {
        createQueue();
        runtime.client().sendMessage(r -> r.queueUrl(QUEUE_URL).messageBody("x"));
        String handle = runtime.client().receiveMessage(r -> r.queueUrl(QUEUE_URL)).messages().get(0).receiptHandle();

        HttpResponse<String> response = post("/", form(Map.of("Action", "DeleteMessage", "QueueUrl", QUEUE_URL,
                "ReceiptHandle", handle)));

        assertEquals("<?xml version=\"1.0\"?><DeleteMessageResponse xmlns=\"" + NS + "\"><ResponseMetadata><RequestId>"
                + requestId(response) + "</RequestId></ResponseMetadata></DeleteMessageResponse>", response.body());
    }

    @Test
    void aQueueUrlPathNamesTheQueueWhenTheParametersDoNot() throws Exception {
        createQueue();
        HttpResponse<String> response = post("/" + SqsRuntime.ACCOUNT + "/wire", "Action=SendMessage&MessageBody=by+path");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("by path", runtime.client().receiveMessage(r -> r.queueUrl(QUEUE_URL)).messages().get(0).body());
    }

    @Test
    void listQueuesAndQueueAttributesAreFlattenedLists() throws Exception {
        createQueue();
        HttpResponse<String> list = post("/", "Action=ListQueues&QueueNamePrefix=wi&MaxResults=1");
        assertTrue(list.body().contains("<ListQueuesResult><QueueUrl>" + QUEUE_URL + "</QueueUrl></ListQueuesResult>"),
                list.body());

        HttpResponse<String> attributes = post("/", form(Map.of("Action", "GetQueueAttributes", "QueueUrl", QUEUE_URL,
                "AttributeName.1", "QueueArn", "AttributeName.2", "DelaySeconds")));
        assertTrue(attributes.body().contains("<GetQueueAttributesResult><Attribute><Name>DelaySeconds</Name>"
                + "<Value>0</Value></Attribute><Attribute><Name>QueueArn</Name><Value>arn:aws:sqs:us-east-1:"
                + "000000000000:wire</Value></Attribute></GetQueueAttributesResult>"), attributes.body());
    }

    @Test
    void aMissingQueueIsTheQueryProtocolsErrorResponse() throws Exception {
        HttpResponse<String> response = post("/", "Action=GetQueueUrl&Version=2012-11-05&QueueName=nowhere");

        assertEquals(400, response.statusCode());
        assertEquals("text/xml", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("<?xml version=\"1.0\"?><ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type>"
                + "<Code>AWS.SimpleQueueService.NonExistentQueue</Code><Message>The specified queue does not exist for "
                + "this wsdl version.</Message><Detail/></Error><RequestId>" + requestId(response) + "</RequestId>"
                + "</ErrorResponse>", response.body());
    }

    @Test
    void refusalsCarryTheirCodesAndChangeNothing() throws Exception {
        assertEquals("MissingParameter: The request must contain the parameter Attribute.1.Value.",
                error(post("/", "Action=CreateQueue&QueueName=half&Attribute.1.Name=DelaySeconds")));
        assertEquals(0, runtime.client().listQueues().queueUrls().size());
        assertEquals("MissingParameter: The request must contain the parameter QueueUrl.",
                error(post("/", "Action=SendMessage&MessageBody=x")));
        assertEquals("InvalidParameterValue: Value ten for parameter MaxNumberOfMessages is invalid. Reason: Must be "
                + "an integer.", error(post("/", "Action=ReceiveMessage&QueueUrl=" + enc(QUEUE_URL) + "&MaxNumberOfMessages=ten")));
        assertEquals("InvalidAction: The action DeleteQueue is not valid for this endpoint.",
                error(post("/", "Action=DeleteQueue&QueueUrl=" + enc(QUEUE_URL))));
        assertEquals("MalformedQueryString: The request body is not a valid form encoding.",
                error(post("/", "Action=ListQueues&QueueNamePrefix=%zz")));
        createQueue();
        assertEquals("InvalidAttributeName: Unknown Attribute Delay\uFFFDSeconds.", error(post("/", form(Map.of(
                "Action", "GetQueueAttributes", "QueueUrl", QUEUE_URL, "AttributeName.1", "Delay\u0000Seconds")))));
        assertEquals("QueueAlreadyExists: A queue already exists with the same name and a different value for "
                + "attribute(s) wire", error(post("/", "Action=CreateQueue&QueueName=wire&Attribute.1.Name=DelaySeconds"
                + "&Attribute.1.Value=5")));
    }

    @Test
    void charactersXmlCannotCarryAreRefusedInEitherProtocol() throws Exception {
        createQueue();
        assertEquals("InvalidMessageContents: Invalid binary character '#x0' was found in the message body, the set of "
                + "allowed characters is #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].",
                error(post("/", form(Map.of("Action", "SendMessage", "QueueUrl", QUEUE_URL, "MessageBody", "a\u0000b")))));
        InvalidMessageContentsException json = assertThrows(InvalidMessageContentsException.class,
                () -> runtime.client().sendMessage(r -> r.queueUrl(QUEUE_URL).messageBody("ok")
                        .messageAttributes(Map.of("s", MessageAttributeValue.builder().dataType("String")
                                .stringValue("\uFFFF").build()))));
        assertTrue(json.getMessage().startsWith("Invalid binary character '#xFFFF' was found in the message attribute "
                + "'s', the set of allowed characters is"), json.getMessage());
        assertEquals("0", runtime.client().getQueueAttributes(r -> r.queueUrl(QUEUE_URL)
                .attributeNamesWithStrings("ApproximateNumberOfMessages")).attributesAsStrings()
                .get("ApproximateNumberOfMessages"));
    }

    @Test
    void requestsThatAreNotSqsQueryGoOnToTheJsonServices() throws Exception {
        HttpResponse<String> otherAction = post("/", "Action=GetCallerIdentity&Version=2011-06-15");
        assertEquals(400, otherAction.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}", otherAction.body());

        HttpResponse<String> json = http.send(HttpRequest.newBuilder(runtime.endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.0").header("X-Amz-Target", "AmazonSQS.ListQueues")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, json.statusCode());
        assertEquals("{}", json.body());
    }

    private void createQueue() {
        runtime.client().createQueue(r -> r.queueName("wire"));
    }

    private String error(HttpResponse<String> response) throws Exception {
        assertEquals(400, response.statusCode(), response.body());
        Document xml = parse(response.body());
        assertEquals("Sender", xml.getElementsByTagNameNS(NS, "Type").item(0).getTextContent());
        return xml.getElementsByTagNameNS(NS, "Code").item(0).getTextContent() + ": "
                + xml.getElementsByTagNameNS(NS, "Message").item(0).getTextContent();
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(runtime.endpoint().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(p -> enc(p.getKey()) + "=" + enc(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String requestId(HttpResponse<String> response) {
        return response.headers().firstValue("x-amzn-RequestId").orElseThrow();
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
