package com.apartmentbooking.local.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Mutated query protocol requests of every SQS action served (parameters removed, duplicated, renumbered or given
 * other values, bodies cut short) are answered in SQS's XML, or passed on when they no longer name an SQS action:
 * never a 5xx, never the runtime's internals. The seed is fixed, so a failure names a request that reproduces it.
 * ({@code server.RequestMutations} mutates JSON members and expects JSON answers, so the query protocol has its own.)
 */
class SqsQueryFuzzTest {

    private static final SqsRuntime RUNTIME = new SqsRuntime(Store.inMemory(), new ControllableClock(SqsRuntime.START));
    private static final String QUEUE = "http://localhost:4566/" + SqsRuntime.ACCOUNT + "/fuzz";
    private static final String NS = "http://queue.amazonaws.com/doc/2012-11-05/";
    private static final List<String> VALUES = List.of("", "-1", "0", "11", "2147483648", "1.5", "All", ".*", "x",
            "%", "%FF", "Binary", "Number", "String.x", "AAH/", "@@@", "\u0000", "日本", "x".repeat(300_000),
            QUEUE + "/extra", "http://localhost:4566/111111111111/fuzz");
    /** Characters that XML must escape, cannot carry at all, or that are easy to get wrong in UTF-8. */
    private static final List<String> AWKWARD = List.of("\u0000", "\u0007", "\uFFFF", "\uD800", "<", "&", "]]>",
            "\r", "\"", "'", "🏠", "\u00e9");
    /** A receive that returns the message just sent, the earlier ones being invisible for the queue's 30 seconds. */
    private static final Map<String, String> RECEIVE_NEWEST = Map.of("Action", "ReceiveMessage", "QueueUrl", QUEUE,
            "AttributeName.1", "All", "MessageAttributeName.1", "All");
    /** One valid request of each served action, in an order where each finds what the ones before made. */
    private static final Map<String, Map<String, String>> REQUESTS = new LinkedHashMap<>();

    static {
        REQUESTS.put("CreateQueue", Map.of("QueueName", "fuzz", "Attribute.1.Name", "VisibilityTimeout",
                "Attribute.1.Value", "30", "Attribute.2.Name", "DelaySeconds", "Attribute.2.Value", "0"));
        REQUESTS.put("GetQueueUrl", Map.of("QueueName", "fuzz"));
        REQUESTS.put("ListQueues", Map.of("QueueNamePrefix", "f", "MaxResults", "10"));
        REQUESTS.put("SendMessage", Map.of("QueueUrl", QUEUE, "MessageBody", "hello", "DelaySeconds", "0",
                "MessageAttribute.1.Name", "n", "MessageAttribute.1.Value.DataType", "Number",
                "MessageAttribute.1.Value.StringValue", "1", "MessageAttribute.2.Name", "b",
                "MessageAttribute.2.Value.DataType", "Binary", "MessageAttribute.2.Value.BinaryValue", "AAE="));
        REQUESTS.put("ReceiveMessage", Map.of("QueueUrl", QUEUE, "MaxNumberOfMessages", "2", "WaitTimeSeconds", "0",
                "VisibilityTimeout", "0", "AttributeName.1", "All", "MessageAttributeName.1", "All"));
        REQUESTS.put("DeleteMessage", Map.of("QueueUrl", QUEUE, "ReceiptHandle", "AQEB"));
        REQUESTS.put("GetQueueAttributes", Map.of("QueueUrl", QUEUE, "AttributeName.1", "All"));
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(23);

    @AfterAll
    static void close() {
        RUNTIME.close();
    }

    @Test
    void mutatedRequestsAreAnsweredInSqsXml() throws Exception {
        for (Map.Entry<String, Map<String, String>> request : REQUESTS.entrySet()) {
            for (int i = 0; i < 150; i++) {
                Map<String, String> parameters = new LinkedHashMap<>();
                parameters.put("Action", request.getKey());
                parameters.put("Version", "2012-11-05");
                parameters.putAll(request.getValue());
                String form = mutate(parameters);
                if (check(request.getKey(), form) == 200 && "SendMessage".equals(request.getKey())) {
                    // What was accepted must also be answered in well-formed XML.
                    check("ReceiveMessage", encode(RECEIVE_NEWEST));
                }
            }
        }
    }

    private String mutate(Map<String, String> parameters) {
        List<String> names = new ArrayList<>(parameters.keySet());
        String name = names.get(1 + random.nextInt(names.size() - 1));
        switch (random.nextInt(6)) {
            case 0 -> parameters.remove(name);
            case 1 -> parameters.put(name, VALUES.get(random.nextInt(VALUES.size())));
            case 2 -> parameters.put(name.replaceFirst("\\.1(\\.|$)", "." + VALUES.get(random.nextInt(5)) + "$1"),
                    parameters.remove(name));
            case 3 -> parameters.put(name + ".Extra", "x");
            case 4 -> {
                String value = parameters.get(name);
                int at = random.nextInt(value.length() + 1);
                parameters.put(name, value.substring(0, at) + AWKWARD.get(random.nextInt(AWKWARD.size()))
                        + value.substring(at));
            }
            default -> {
                String form = encode(parameters);
                return form.substring(0, random.nextInt(form.length()));
            }
        }
        return encode(parameters);
    }

    /** Sends the request, checks the answer's shape and returns its status. */
    private int check(String action, String form) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(RUNTIME.endpoint() + "/"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String request = action + " " + (form.length() > 300 ? form.substring(0, 300) + "..." : form);
        int status = response.statusCode();
        assertTrue(status < 500, request + " answered " + status + ": " + response.body());
        assertFalse(response.body().contains("java."), request + " answered " + response.body());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (contentType.startsWith("application/x-amz-json") || contentType.equals("application/json")) {
            // No SQS action left in the request: the AWS JSON services answer it as an unknown operation.
            assertEquals("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}", response.body(), request);
            return status;
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root;
        try {
            root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (SAXException e) {
            throw new AssertionError(request + " answered XML that does not parse: " + e.getMessage(), e);
        }
        assertEquals(NS, root.getNamespaceURI(), request);
        if (status == 200) {
            assertTrue(root.getLocalName().endsWith("Response"), request);
        } else {
            assertEquals(400, status, request);
            assertEquals("ErrorResponse", root.getLocalName(), request);
            assertEquals("Sender", root.getElementsByTagNameNS(NS, "Type").item(0).getTextContent(), request);
            assertFalse(root.getElementsByTagNameNS(NS, "Code").item(0).getTextContent().isEmpty(), request);
            assertFalse(root.getElementsByTagNameNS(NS, "Message").item(0).getTextContent().isEmpty(), request);
        }
        return status;
    }

    private static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
