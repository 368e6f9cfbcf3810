package com.apartmentbooking.local.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the members of Lambda's management requests, refusing values outside the API model's constraints
 * (ValidationException) and values the service does not accept (InvalidParameterValueException) as Lambda does.
 */
final class LambdaRequests {

    private static final Pattern ROLE = Pattern.compile("arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
    private static final Pattern ALIAS = Pattern.compile("(?!^[0-9]+$)([a-zA-Z0-9-_]+)");
    private static final Pattern STREAM_ARN =
            Pattern.compile("arn:aws[a-zA-Z-]*:dynamodb:[a-z0-9-]+:\\d{12}:table/[^/]+/stream/.+");
    private static final Set<String> ARCHITECTURES = Set.of("x86_64", "arm64");
    private static final Set<String> AUTH_TYPES = Set.of("NONE", "AWS_IAM");
    private static final Set<String> STARTING_POSITIONS = Set.of("TRIM_HORIZON", "LATEST");
    private static final String REPORT_BATCH_ITEM_FAILURES = "ReportBatchItemFailures";

    private LambdaRequests() {
    }

    /** The function a request's FunctionName names, without a qualifier. */
    static String functionName(JsonNode request) {
        return FunctionNames.parse(text(request, "FunctionName"), null).functionName();
    }

    /** CreateFunction's configuration: Runtime, Role and Handler are required. */
    static FunctionSettings newFunctionSettings(JsonNode request) {
        if (!"Zip".equals(request.path("PackageType").asText("Zip"))) {
            throw LambdaErrors.invalidParameter("The local runtime runs functions of PackageType Zip only.");
        }
        if (text(request, "Role") == null) {
            throw LambdaErrors.validation("null", "role", "Member must not be null");
        }
        if (text(request, "Runtime") == null || text(request, "Handler") == null) {
            throw LambdaErrors.invalidParameter(
                    "Runtime and Handler are mandatory parameters for functions created with deployment packages.");
        }
        return settings(request);
    }

    /** The configuration members a request gives. */
    static FunctionSettings settings(JsonNode request) {
        String runtime = text(request, "Runtime");
        if (runtime != null && !runtime.startsWith("java")) {
            throw LambdaErrors.invalidParameter("The runtime parameter of " + runtime
                    + " is not supported by the local runtime, which runs Java functions only.");
        }
        String role = text(request, "Role");
        if (role != null && !ROLE.matcher(role).matches()) {
            throw LambdaErrors.validation(role, "role",
                    "Member must satisfy regular expression pattern: " + ROLE.pattern());
        }
        String handler = text(request, "Handler");
        if (handler != null && (handler.isEmpty() || handler.length() > 128 || handler.matches(".*\\s.*"))) {
            throw LambdaErrors.validation(handler, "handler", "Member must satisfy regular expression pattern: [^\\s]+");
        }
        Integer timeout = integer(request, "Timeout", "timeout", 1, null);
        if (timeout != null && timeout > 900) {
            throw LambdaErrors.invalidParameter("Timeout must be between 1 and 900 seconds: " + timeout);
        }
        Integer memorySize = integer(request, "MemorySize", "memorySize", 128, 10240);
        return new FunctionSettings(runtime, role, handler, text(request, "Description"), timeout, memorySize,
                environment(request));
    }

    /** The deployment package of a CreateFunction ({@code Code.ZipFile}) or UpdateFunctionCode ({@code ZipFile}). */
    static byte[] zipFile(JsonNode code) {
        JsonNode zip = code.get("ZipFile");
        if (zip == null || zip.isNull()) {
            throw LambdaErrors.invalidParameter("Please provide a source for function code.");
        }
        try {
            // An in-process caller may hand the bytes over as they are.
            return zip.isBinary() ? zip.binaryValue() : Base64.getDecoder().decode(zip.asText());
        } catch (IOException | IllegalArgumentException e) {
            throw LambdaErrors.invalidParameter(
                    "Could not unzip uploaded file. Please check your file, then try to upload again.");
        }
    }

    /** Architectures, or null when the request leaves them out. */
    static List<String> architectures(JsonNode request) {
        List<String> architectures = strings(request, "Architectures");
        if (architectures == null) {
            return null;
        }
        if (architectures.size() != 1) {
            throw LambdaErrors.validation(architectures.toString(), "architectures",
                    "Member must have length less than or equal to 1 and greater than or equal to 1");
        }
        if (!ARCHITECTURES.contains(architectures.get(0))) {
            throw LambdaErrors.validation(architectures.toString(), "architectures",
                    "Member must satisfy enum value set: [x86_64, arm64]");
        }
        return architectures;
    }

    static String aliasName(JsonNode request) {
        String name = required(request, "Name", "name");
        if (name.length() > 128 || !ALIAS.matcher(name).matches()) {
            throw LambdaErrors.validation(name, "name", "Member must satisfy regular expression pattern: " + ALIAS.pattern());
        }
        return name;
    }

    /** AuthType, required when {@code required}, else null when left out. */
    static String authType(JsonNode request, boolean required) {
        String authType = required ? required(request, "AuthType", "authType") : text(request, "AuthType");
        if (authType != null && !AUTH_TYPES.contains(authType)) {
            throw LambdaErrors.validation(authType, "authType", "Member must satisfy enum value set: [AWS_IAM, NONE]");
        }
        return authType;
    }

    /** A DynamoDB stream ARN: the one kind of event source the local runtime maps. */
    static String eventSourceArn(JsonNode request) {
        String arn = text(request, "EventSourceArn");
        if (arn == null || !STREAM_ARN.matcher(arn).matches()) {
            throw LambdaErrors.invalidParameter("Unrecognized event source, must be kinesis, dynamodb stream or sqs. "
                    + "Unsupported source arn : " + arn);
        }
        return arn;
    }

    static String startingPosition(JsonNode request) {
        String position = text(request, "StartingPosition");
        if (position == null) {
            throw LambdaErrors.invalidParameter("StartingPosition is required for a DynamoDB stream event source.");
        }
        if (!STARTING_POSITIONS.contains(position)) {
            throw LambdaErrors.invalidParameter("Unsupported starting position for a DynamoDB stream: " + position);
        }
        return position;
    }

    static MappingSettings mappingSettings(JsonNode request) {
        List<String> responseTypes = strings(request, "FunctionResponseTypes");
        if (responseTypes != null && responseTypes.stream().anyMatch(type -> !type.equals(REPORT_BATCH_ITEM_FAILURES))) {
            throw LambdaErrors.validation(responseTypes.toString(), "functionResponseTypes",
                    "Member must satisfy enum value set: [" + REPORT_BATCH_ITEM_FAILURES + "]");
        }
        JsonNode destination = request.get("DestinationConfig");
        String onFailure = destination == null ? null : text(destination.path("OnFailure"), "Destination");
        return new MappingSettings(integer(request, "BatchSize", "batchSize", 1, 10000),
                integer(request, "MaximumBatchingWindowInSeconds", "maximumBatchingWindowInSeconds", 0, 300),
                responseTypes, integer(request, "MaximumRetryAttempts", "maximumRetryAttempts", -1, 10000),
                integer(request, "MaximumRecordAgeInSeconds", "maximumRecordAgeInSeconds", -1, 604800),
                bool(request, "BisectBatchOnFunctionError"), destination != null, onFailure, bool(request, "Enabled"));
    }

    static String required(JsonNode request, String member, String wireName) {
        String value = text(request, member);
        if (value == null) {
            throw LambdaErrors.validation("null", wireName, "Member must not be null");
        }
        return value;
    }

    static String text(JsonNode request, String member) {
        JsonNode value = request.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Boolean bool(JsonNode request, String member) {
        JsonNode value = request.get(member);
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    private static Integer integer(JsonNode request, String member, String wireName, int min, Integer max) {
        JsonNode value = request.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        int number = value.asInt();
        if (number < min) {
            throw LambdaErrors.validation(value.asText(), wireName, "Member must have value greater than or equal to " + min);
        }
        if (max != null && number > max) {
            throw LambdaErrors.validation(value.asText(), wireName, "Member must have value less than or equal to " + max);
        }
        return number;
    }

    private static List<String> strings(JsonNode request, String member) {
        JsonNode value = request.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        value.forEach(item -> values.add(item.asText()));
        return values;
    }

    private static Map<String, String> environment(JsonNode request) {
        JsonNode environment = request.get("Environment");
        if (environment == null || environment.isNull()) {
            return null;
        }
        Map<String, String> variables = new LinkedHashMap<>();
        environment.path("Variables").fields().forEachRemaining(entry -> variables.put(entry.getKey(),
                entry.getValue().asText()));
        return variables;
    }
}
