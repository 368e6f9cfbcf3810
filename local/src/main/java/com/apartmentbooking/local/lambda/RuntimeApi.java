package com.apartmentbooking.local.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Lambda Runtime API (2018-06-01) for one function instance, on a loopback port of its own: the path names
 * no function or instance, so the port is what tells whose runtime client is asking.
 */
final class RuntimeApi implements AutoCloseable {

    private static final String BASE = "/2018-06-01/runtime";
    private static final Pattern INVOCATION = Pattern.compile(BASE + "/invocation/([^/]+)/(response|error)");
    private static final byte[] ACCEPTED = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);

    /** What the instance does with each call of its runtime client. */
    interface Instance {

        /** The next invocation, waiting for one; null when the instance is being stopped. */
        Invocation next() throws InterruptedException;

        /** When the invocation's handler runs out of time, in epoch milliseconds of the wall clock. */
        long deadlineEpochMillis(Invocation invocation);

        boolean respond(String requestId, byte[] response);

        boolean fail(String requestId, byte[] errorDocument);

        void initFailed(byte[] errorDocument);
    }

    private final HttpServer server;

    RuntimeApi(Instance instance, Executor executor) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("No loopback port for a Runtime API", e);
        }
        server.createContext(BASE + "/", exchange -> {
            try (exchange) {
                route(instance, exchange);
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    /** {@code host:port}, the value of AWS_LAMBDA_RUNTIME_API. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    private static void route(Instance instance, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        byte[] body = readBody(exchange.getRequestBody());
        if ("GET".equals(method) && path.equals(BASE + "/invocation/next")) {
            next(instance, exchange);
            return;
        }
        if ("POST".equals(method) && path.equals(BASE + "/init/error")) {
            instance.initFailed(body);
            send(exchange, 202, ACCEPTED);
            return;
        }
        Matcher invocation = INVOCATION.matcher(path);
        if ("POST".equals(method) && invocation.matches()) {
            String requestId = invocation.group(1);
            boolean known = invocation.group(2).equals("response")
                    ? instance.respond(requestId, body) : instance.fail(requestId, body);
            if (known) {
                send(exchange, 202, ACCEPTED);
            } else {
                send(exchange, 400, ("{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        send(exchange, 404, "{\"errorMessage\":\"Not found\",\"errorType\":\"NotFound\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static void next(Instance instance, HttpExchange exchange) throws IOException {
        Invocation invocation;
        try {
            invocation = instance.next();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            invocation = null;
        }
        if (invocation == null) {
            send(exchange, 500, "{\"errorMessage\":\"Instance stopping\",\"errorType\":\"Runtime.Stopping\"}"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(instance.deadlineEpochMillis(invocation)));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", invocation.invokedFunctionArn());
        headers.set("Lambda-Runtime-Trace-Id", invocation.traceId());
        send(exchange, 200, invocation.payload());
    }

    private static byte[] readBody(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
