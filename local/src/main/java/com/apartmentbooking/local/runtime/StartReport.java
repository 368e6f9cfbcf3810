package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.appsync.ApiKey;
import com.apartmentbooking.local.console.ConsoleHandler;
import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.service.ServiceException;
import com.apartmentbooking.local.template.ApiKeySpec;
import com.apartmentbooking.local.template.FunctionSpec;
import com.apartmentbooking.local.template.GraphQLApiSpec;
import com.apartmentbooking.local.template.SecretSpec;
import com.apartmentbooking.local.template.TableSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * What the runtime prints once it is ready: where it listens, then what each kind of user needs, grouped by user
 * (front-end developers, the payment integrator, operators), then the first two commands to try. A group whose
 * resources the template does not have is left out.
 */
final class StartReport {

    /** Where {@code ./booking} looks for the runtime without {@code --endpoint} or {@code AWS_ENDPOINT_URL}. */
    private static final String CLI_DEFAULT_ENDPOINT = "http://127.0.0.1:4566";

    // The booking system's resources, by their logical ids in infra/template.yaml. The webhook's URL is the one its
    // PaymentWebhookUrl output gives (the local template model resolves no Outputs).
    private static final String WEBHOOK_FUNCTION = "PaymentWebhookFunction";
    private static final String WEBHOOK_PATH = "payments/webhook";
    private static final String WEBHOOK_SECRET = "PaymentWebhookSigningSecret";
    private static final String APARTMENTS_TABLE = "ApartmentsTable";

    private final LocalRuntime runtime;
    private final PrintStream out;

    private StartReport(LocalRuntime runtime, PrintStream out) {
        this.runtime = runtime;
        this.out = out;
    }

    static void print(LocalRuntime runtime, long totalMillis, PrintStream out) {
        new StartReport(runtime, out).print(totalMillis);
    }

    private void print(long totalMillis) {
        out.printf("Local runtime ready in %d ms at %s%n", totalMillis, runtime.endpoint());
        runtime.template().warnings().forEach(warning -> out.println("warning: " + warning));
        if (!runtime.template().graphqlApis().isEmpty()) {
            frontEndDevelopers();
        }
        webhookFunction().ifPresent(this::paymentIntegrator);
        operators();
        if (!runtime.template().graphqlApis().isEmpty()) {
            nextSteps();
        }
        out.flush();
    }

    private void frontEndDevelopers() {
        out.println();
        out.println("Front-end developers");
        runtime.template().graphqlApis().forEach(this::graphqlApi);
    }

    /** Where a GraphQL API is served and the keys a front end sends, with a warning for one that has expired. */
    private void graphqlApi(GraphQLApiSpec api) {
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

    private void paymentIntegrator(FunctionSpec webhook) {
        out.println();
        out.println("Payment integrator");
        out.println("  webhook URL (POST): " + webhook.functionUrl() + WEBHOOK_PATH);
        runtime.template().secrets().stream().filter(secret -> secret.logicalId().equals(WEBHOOK_SECRET)).findFirst()
                .ifPresent(this::webhookSecret);
        out.println("  signature header: Payment-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\" "
                + "with the secret>");
    }

    /** The secret's current value, read from Secrets Manager: an operator may have rotated it since the template. */
    private void webhookSecret(SecretSpec secret) {
        try {
            String value = runtime.secretsManager().service().getSecretValue(secret.arn(), null, null).version()
                    .secretString();
            out.println("  webhook secret: " + value + "  (Secrets Manager secret " + secret.name() + ")");
        } catch (ServiceException unreadable) {
            out.println("  webhook secret: unreadable, Secrets Manager secret " + secret.name() + " answers "
                    + unreadable.getMessage());
        }
    }

    private void operators() {
        String endpoint = runtime.endpoint().toString();
        String region = runtime.options().region();
        out.println();
        out.println("Operators (AWS SDKs, and the AWS CLI v2 from 2.13; older versions take --endpoint-url " + endpoint
                + ")");
        out.println("  export AWS_ENDPOINT_URL=" + endpoint + " AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local"
                + " AWS_REGION=" + region + " AWS_DEFAULT_REGION=" + region);
        console();
        runtime.template().stateMachines().forEach(machine -> out.println("  state machine " + machine.arn()));
        for (FunctionSpec function : runtime.template().functions()) {
            out.println("  function " + function.functionName() + (function.functionUrl() == null ? ""
                    : "  URL " + function.functionUrl()));
        }
        out.println("  clock: GET " + endpoint + "/_local/clock, POST " + endpoint
                + "/_local/clock/advance {\"seconds\": n} (Content-Type: application/json)");
        out.println("  HTTPS and WSS on the same port: " + runtime.httpsEndpoint() + "  (clients trust the CA "
                + runtime.tls().caFile().map(file -> file + (runtime.tls().newAuthority() ? ", made now" : ""))
                        .orElse("made in memory for this run; --data-dir keeps one") + ": see the README)");
        out.println("  data: " + (runtime.options().dataDirectory() == null ? "in memory, gone when stopped"
                : runtime.options().dataDirectory() + ", kept between runs (--reset starts afresh)"));
    }

    private void console() {
        out.println("  console: " + runtime.endpoint() + ConsoleHandler.PATH
                + "  (executions live, each drawn as a graph with its history; tables, queues, the clock)");
    }

    /** The CLI finds the runtime at its default address; on any other, the commands name it. */
    private void nextSteps() {
        String endpoint = runtime.endpoint().toString();
        String target = endpoint.equals(CLI_DEFAULT_ENDPOINT) ? "" : " --endpoint " + endpoint;
        out.println();
        out.println("Next steps");
        out.println("  ./booking reserve " + vacantApartment().orElse("<apartmentId>") + target);
        out.println("  ./booking watch --booking <the booking id it printed>" + target);
    }

    private Optional<FunctionSpec> webhookFunction() {
        return runtime.template().functions().stream()
                .filter(function -> function.logicalId().equals(WEBHOOK_FUNCTION) && function.functionUrl() != null)
                .findFirst();
    }

    /** The first VACANT apartment by id, so that the first next step succeeds whatever earlier runs reserved. */
    private Optional<String> vacantApartment() {
        Optional<TableSpec> table = runtime.template().tables().stream()
                .filter(candidate -> candidate.logicalId().equals(APARTMENTS_TABLE)).findFirst();
        if (table.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode scan = Json.DATA.createObjectNode().put("TableName", table.get().tableName())
                .put("FilterExpression", "#status = :vacant");
        scan.putObject("ExpressionAttributeNames").put("#status", "status");
        scan.putObject("ExpressionAttributeValues").putObject(":vacant").put("S", "VACANT");
        JsonNode items = runtime.dynamoDb().api().call("Scan", scan).path("Items");
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.path("id").path("S").asText(""))
                .filter(id -> !id.isEmpty()).min(Comparator.naturalOrder());
    }
}
