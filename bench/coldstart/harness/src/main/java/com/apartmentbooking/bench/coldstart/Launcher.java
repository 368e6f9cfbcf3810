package com.apartmentbooking.bench.coldstart;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * Runs inside each fresh JVM: one cold start of one handler, the way the Lambda Java runtime does it.
 *
 * <p>Arguments: handler jar, handler class, event type, event fixture, file to write the reply to.
 * The handler's jar gets its own class loader whose parent holds only the harness,
 * aws-lambda-java-core and aws-lambda-java-serialization, as in the runtime. The handler is built
 * with its public no-argument constructor, so it reads the environment the driver gave this JVM.
 *
 * <p>Prints one line {@value #RESULT_PREFIX} with init (JVM start to constructed handler), invoke
 * (deserialize the event, {@code handleRequest}, serialize the reply, as the first invocation does)
 * and their total, in milliseconds.
 */
public final class Launcher {

    static final String RESULT_PREFIX = "@@coldstart";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: Launcher <handler.jar> <handler class> <event type> <fixture.json> <reply.json>");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        String handlerClassName = args[1];
        String eventTypeName = args[2];
        Path fixture = Path.of(args[3]);
        Path replyFile = Path.of(args[4]);

        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, Launcher.class.getClassLoader());
        Class<?> handlerClass = Class.forName(handlerClassName, true, loader);
        @SuppressWarnings("unchecked")
        RequestHandler<Object, Object> handler =
                (RequestHandler<Object, Object>) handlerClass.getConstructor().newInstance();
        long initEndEpochMs = System.currentTimeMillis();
        long invokeStart = System.nanoTime();

        Class<?> eventType = Class.forName(eventTypeName, true, loader);
        Object event;
        try (InputStream in = Files.newInputStream(fixture)) {
            event = serializerFor(eventType, loader).fromJson(in);
        }
        Object reply = handler.handleRequest(event, new BenchContext());
        ByteArrayOutputStream replyJson = new ByteArrayOutputStream();
        serializerFor(reply.getClass(), loader).toJson(reply, replyJson);
        double invokeMs = (System.nanoTime() - invokeStart) / 1e6;
        long invokeEndEpochMs = System.currentTimeMillis();

        // Read only now: the management classes it loads must not count as the handler's start-up.
        long jvmStartEpochMs = ManagementFactory.getRuntimeMXBean().getStartTime();
        Files.write(replyFile, replyJson.toByteArray());
        long initMs = initEndEpochMs - jvmStartEpochMs;
        System.out.println(String.format(Locale.ROOT, "%s initMs=%d invokeMs=%.1f totalMs=%.1f endEpochMs=%d",
                RESULT_PREFIX, initMs, invokeMs, initMs + invokeMs, invokeEndEpochMs));
        System.out.flush();
        // Non-daemon threads a handler may have started (SDK, tracing) must not keep the JVM alive.
        System.exit(0);
    }

    /** The runtime's choice: the event library's serializers for its own types, plain Jackson for the rest. */
    @SuppressWarnings("unchecked")
    private static PojoSerializer<Object> serializerFor(Class<?> type, ClassLoader loader) {
        if (LambdaEventSerializers.isLambdaSupportedEvent(type.getName())) {
            return LambdaEventSerializers.serializerFor((Class<Object>) type, loader);
        }
        return JacksonFactory.getInstance().getSerializer((Class<Object>) type);
    }

    /** The few facts a handler may read from its context; the values are what one invocation would see. */
    private static final class BenchContext implements Context {
        private final String requestId = UUID.randomUUID().toString();
        private final long deadline = System.currentTimeMillis() + 30_000;
        private final String functionName = System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "bench");

        @Override
        public String getAwsRequestId() {
            return requestId;
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/" + functionName;
        }

        @Override
        public String getLogStreamName() {
            return "bench";
        }

        @Override
        public String getFunctionName() {
            return functionName;
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:us-east-1:123456789012:function:" + functionName;
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return (int) Math.max(0, deadline - System.currentTimeMillis());
        }

        @Override
        public int getMemoryLimitInMB() {
            return 512;
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {
                    System.err.print(message);
                }

                @Override
                public void log(byte[] message) {
                    System.err.write(message, 0, message.length);
                }
            };
        }
    }
}
