package com.apartmentbooking.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The functions' code, runtime settings and environment, as the shared contract specifies them. */
class FunctionsTest {

    /** The shaded deployable the parent pom builds for a Lambda module. */
    private static final Pattern CODE_URI = Pattern.compile("\\.\\./([a-z][a-z0-9-]*)/target/\\1-lambda\\.jar");

    private static final Map<String, Object> APARTMENTS_TABLE = Template.ref("ApartmentsTable");
    private static final Map<String, Object> BOOKINGS_TABLE = Template.ref("BookingsTable");
    private static final Map<String, Object> EVENT_BUS_NAME = Template.ref("BookingBus");
    /** The contract's variables per function, and the template value each must have. */
    private static final Map<String, Map<String, Object>> CONTRACT_ENVIRONMENT = Map.of(
            "ReservationApiFunction", Map.of(
                    "APARTMENTS_TABLE", APARTMENTS_TABLE,
                    "BOOKINGS_TABLE", BOOKINGS_TABLE,
                    "POWERTOOLS_SERVICE_NAME", "reservation-api"),
            "BookingRequestedRelayFunction", Map.of(
                    "EVENT_BUS_NAME", EVENT_BUS_NAME,
                    "POWERTOOLS_SERVICE_NAME", "booking-requested-relay"),
            "PaymentWebhookFunction", Map.of(
                    "APARTMENTS_TABLE", APARTMENTS_TABLE,
                    "BOOKINGS_TABLE", BOOKINGS_TABLE,
                    "PAYMENTS_TABLE", Template.ref("PaymentsTable"),
                    "EVENT_BUS_NAME", EVENT_BUS_NAME,
                    "PAYMENT_WEBHOOK_SECRET_ARN", Template.ref("PaymentWebhookSigningSecret"),
                    "POWERTOOLS_SERVICE_NAME", "payment-handler"),
            "StatusProjectorFunction", Map.of(
                    "APARTMENTS_TABLE", APARTMENTS_TABLE,
                    "BOOKINGS_TABLE", BOOKINGS_TABLE,
                    "APPSYNC_GRAPHQL_URL", Template.getAtt("GraphQLApi", "GraphQLUrl"),
                    "POWERTOOLS_SERVICE_NAME", "status-projector"));

    /** Lambda refuses to create a function that sets one of its reserved variables. */
    private static final Set<String> RESERVED = Set.of(
            "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
            "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
            "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
            "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

    /** Function logical id -> the module its CodeUri deploys. */
    private static Map<String, String> modules(Template template) {
        Map<String, String> modules = new LinkedHashMap<>();
        for (String function : template.resourcesOfType(Template.SERVERLESS_FUNCTION)) {
            Object codeUri = template.functionProperty(function, "CodeUri").orElseThrow(
                    () -> new AssertionError(function + " has no CodeUri"));
            Matcher matcher = CODE_URI.matcher(String.valueOf(codeUri));
            assertTrue(matcher.matches(), function + ": CodeUri " + codeUri + " is not ../<module>/target/<module>-lambda.jar");
            modules.put(function, matcher.group(1));
        }
        return modules;
    }

    @Test
    void everyCodeUriIsTheShadedJarOfAReactorModule() throws IOException {
        String rootPom = Files.readString(Template.REPOSITORY_DIR.resolve("pom.xml"));
        Map<String, String> modules = modules(Template.load());

        assertEquals(Set.of("reservation-api", "payment-handler", "status-projector"), Set.copyOf(modules.values()));
        modules.forEach((function, module) -> {
            assertTrue(Files.isRegularFile(Template.REPOSITORY_DIR.resolve(module).resolve("pom.xml")),
                    function + ": module directory " + module + " has no pom.xml");
            assertTrue(rootPom.contains("<module>" + module + "</module>"), function + ": " + module + " is not in the reactor");
        });
    }

    @Test
    void everyFunctionHasTheContractsEnvironment() {
        Template template = Template.load();
        List<String> problems = new ArrayList<>();
        assertEquals(CONTRACT_ENVIRONMENT.keySet(), Set.copyOf(template.resourcesOfType(Template.SERVERLESS_FUNCTION)));
        modules(template).forEach((function, module) -> {
            Map<String, Object> environment = template.environment(function);
            CONTRACT_ENVIRONMENT.get(function).forEach((name, expected) -> {
                if (!environment.containsKey(name)) {
                    problems.add(function + " lacks " + name);
                } else if (!expected.equals(environment.get(name))) {
                    problems.add(function + ": " + name + " is " + environment.get(name) + ", expected " + expected);
                }
            });
            environment.keySet().stream().filter(RESERVED::contains)
                    .forEach(name -> problems.add(function + " sets " + name + ", which Lambda reserves"));
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void functionsRunJava17BytecodeOnJava21WithSnapStartOnTheLiveAliasAndActiveTracing() {
        Template template = Template.load();
        for (String function : template.resourcesOfType(Template.SERVERLESS_FUNCTION)) {
            assertEquals("java21", template.functionProperty(function, "Runtime").orElse(null), function);
            assertEquals(Map.of("ApplyOn", "PublishedVersions"), template.functionProperty(function, "SnapStart").orElse(null), function);
            assertEquals("live", template.functionProperty(function, "AutoPublishAlias").orElse(null), function);
            assertEquals("Active", template.functionProperty(function, "Tracing").orElse(null), function);
            assertEquals(List.of("x86_64"), template.functionProperty(function, "Architectures").orElse(null), function);
        }
    }

    @Test
    void theWebhookIsAPublicFunctionUrl() {
        Map<String, Object> url = Template.map(
                Template.load().properties("PaymentWebhookFunction").get("FunctionUrlConfig"), "FunctionUrlConfig");
        assertEquals("NONE", url.get("AuthType"), "the provider cannot sign with AWS credentials; the HMAC signature authenticates");
    }

    @Test
    void theWebhookSecretIsAHiddenParameterOfUsefulLength() {
        Map<String, Object> secret = Template.map(
                Template.load().section("Parameters").get("PaymentWebhookSecret"), "PaymentWebhookSecret");
        assertEquals(true, secret.get("NoEcho"));
        assertTrue(((Number) secret.get("MinLength")).intValue() >= 16);
        assertFalse(secret.containsKey("Default"), "a secret has no default in the template");
    }
}
