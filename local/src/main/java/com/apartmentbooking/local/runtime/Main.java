package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.appsync.ApiKey;
import com.apartmentbooking.local.template.ApiKeySpec;
import com.apartmentbooking.local.template.FunctionSpec;
import com.apartmentbooking.local.template.GraphQLApiSpec;
import com.apartmentbooking.local.template.TemplateException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the local runtime from the command line ({@link RuntimeOptions#USAGE}), prints what is ready and where,
 * and runs until SIGTERM or Ctrl-C, which stop it cleanly (the data directory keeps everything for the next start).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (RuntimeOptions.asksForHelp(args)) {
            System.out.println(RuntimeOptions.USAGE);
            return;
        }
        RuntimeOptions options;
        try {
            options = RuntimeOptions.parse(args);
        } catch (IllegalArgumentException invalid) {
            System.err.println(invalid.getMessage());
            System.err.println(RuntimeOptions.USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        LocalRuntime runtime;
        try {
            runtime = LocalRuntime.start(options);
        } catch (TemplateException | UncheckedIOException | IllegalStateException cannotStart) {
            System.err.println("The local runtime could not start: " + reasons(cannotStart));
            System.exit(1);
            return;
        }
        long totalMillis = (System.nanoTime() - started) / 1_000_000;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the local runtime");
            runtime.close();
            stopped.countDown();
        }, "local-runtime-shutdown"));
        report(runtime, totalMillis, System.out);
        stopped.await();
    }

    /** The message of a failure and of each of its causes: "front door could not start: Address already in use". */
    private static String reasons(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }

    static void report(LocalRuntime runtime, long totalMillis, PrintStream out) {
        runtime.template().warnings().forEach(warning -> out.println("warning: " + warning));
        for (LocalRuntime.Readiness ready : runtime.readiness()) {
            out.printf("%-20s ready in %5d ms%n", ready.name(), ready.millis());
        }
        out.printf("Local runtime ready in %d ms at %s%n", totalMillis, runtime.endpoint());
        out.println("  HTTPS and WSS on the same port: " + runtime.httpsEndpoint() + "  (clients trust the CA "
                + runtime.tls().caFile().map(file -> file + (runtime.tls().newAuthority() ? ", made now" : ""))
                        .orElse("made in memory for this run; --data-dir keeps one") + ": see the README)");
        out.println("  AWS APIs (DynamoDB, DynamoDB Streams, SQS, EventBridge, Step Functions, Lambda, AppSync): "
                + runtime.endpoint() + "  (AWS_ENDPOINT_URL)");
        out.println("  clock: GET " + runtime.endpoint() + "/_local/clock, POST " + runtime.endpoint()
                + "/_local/clock/advance {\"seconds\": n} (Content-Type: application/json)");
        for (FunctionSpec function : runtime.template().functions()) {
            out.println("  function " + function.functionName() + (function.functionUrl() == null ? ""
                    : "  URL " + function.functionUrl()));
        }
        runtime.template().stateMachines().forEach(machine -> out.println("  state machine " + machine.arn()));
        runtime.template().graphqlApis().forEach(api -> reportApi(runtime, api, out));
    }

    /** Where a GraphQL API is served and the keys a front end sends, with a warning for one that has expired. */
    private static void reportApi(LocalRuntime runtime, GraphQLApiSpec api, PrintStream out) {
        out.println("  GraphQL API " + api.name() + ": " + api.graphqlUrl());
        out.println("    real-time: " + api.realtimeUrl());
        for (ApiKeySpec spec : api.apiKeys()) {
            String value = runtime.appSync().service().templateKeyValue(spec.logicalId());
            ApiKey key = runtime.appSync().directory().apiKey(api.apiId(), value).orElseThrow();
            Instant expires = Instant.ofEpochSecond(key.expires());
            if (expires.isAfter(runtime.clock().now())) {
                out.println("    API key (x-api-key): " + key.id() + "  expires " + expires);
            } else {
                out.println("    API key (x-api-key): " + key.id() + "  EXPIRED at " + expires
                        + ": refused until the template's Expires for " + spec.logicalId()
                        + " gives a later time; deleted at " + Instant.ofEpochSecond(key.deletes()));
            }
        }
    }
}
