package com.apartmentbooking.bench.dynamodb;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The ceiling: an HTTP server (the same Jetty 12 as our front door) that answers every DynamoDB request with a fixed,
 * valid reply for its operation, computed once at start, after reading and discarding the body. No parsing, no
 * storage: what the SDK client reaches against it is the most it can reach against any server on this machine.
 *
 * <pre>java -cp dynamodb-bench.jar com.apartmentbooking.bench.dynamodb.CannedServer PORT</pre>
 */
public final class CannedServer {

    private static final String TABLE = "{\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
            + "\"TableName\":\"bench\",\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
            + "\"TableStatus\":\"ACTIVE\",\"CreationDateTime\":1764000000,"
            + "\"ProvisionedThroughput\":{\"NumberOfDecreasesToday\":0,\"ReadCapacityUnits\":0,\"WriteCapacityUnits\":0},"
            + "\"TableSizeBytes\":0,\"ItemCount\":0,\"TableArn\":\"arn:aws:dynamodb:us-east-1:000000000000:table/bench\","
            + "\"BillingModeSummary\":{\"BillingMode\":\"PAY_PER_REQUEST\"}}";

    /** Replies by operation; anything else gets {@code {}}. GetItem returns an item the size of the one Bench puts. */
    static final Map<String, String> REPLIES = Map.of(
            "CreateTable", "{\"TableDescription\":" + TABLE + "}",
            "DescribeTable", "{\"Table\":" + TABLE + "}",
            "DeleteTable", "{\"TableDescription\":" + TABLE + "}",
            "ListTables", "{\"TableNames\":[\"bench\"]}",
            "PutItem", "{}",
            "GetItem", "{\"Item\":{\"id\":{\"S\":\"item-00000000\"},\"payload\":{\"S\":\"" + Bench.PAYLOAD + "\"},"
                    + "\"n\":{\"N\":\"12345\"}}}");

    private CannedServer() {
    }

    private record Reply(ByteBuffer body, String crc32) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Reply> replies = new HashMap<>();
        REPLIES.forEach((op, json) -> replies.put(op, reply(json)));
        Reply empty = reply("{}");
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("canned");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(args[0]));
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                String target = request.getHeaders().get("X-Amz-Target");
                String op = target == null ? "" : target.substring(target.indexOf('.') + 1);
                Reply reply = replies.getOrDefault(op, empty);
                // Read and drop the body, as any server must before answering on a kept-alive connection.
                Content.drain(request, () -> {
                    response.setStatus(200);
                    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/x-amz-json-1.0");
                    response.getHeaders().put("x-amz-crc32", reply.crc32());
                    response.getHeaders().put("x-amzn-RequestId", "canned");
                    response.write(true, reply.body().slice(), callback);
                }, callback);
                return true;
            }
        });
        server.start();
        System.out.println("READY " + connector.getLocalPort());
        System.out.flush();
        server.join();
    }

    private static Reply reply(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new Reply(ByteBuffer.wrap(bytes).asReadOnlyBuffer(), Long.toString(crc.getValue()));
    }

    /** Reads a request's content to its end without keeping it. */
    private static final class Content {
        static void drain(Request request, Runnable then, Callback callback) {
            while (true) {
                org.eclipse.jetty.io.Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(() -> drain(request, then, callback));
                    return;
                }
                if (org.eclipse.jetty.io.Content.Chunk.isFailure(chunk)) {
                    callback.failed(chunk.getFailure());
                    return;
                }
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    then.run();
                    return;
                }
            }
        }
    }
}
