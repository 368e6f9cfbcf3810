package com.apartmentbooking.local.events;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads PutTargets' {@code Targets} into {@link Target}s, refusing the whole request (so nothing changes) when a
 * member breaks a constraint, with AWS's member paths ({@code targets.1.member.retryPolicy...}).
 */
final class TargetRequests {

    private static final Pattern TARGET_ID = Pattern.compile("[.\\-_A-Za-z0-9]{1,64}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z0-9_\\-]+");
    private static final int MAX_ARN_LENGTH = 1600;
    private static final int MAX_INPUT_LENGTH = 8192;
    private static final int MAX_INPUT_PATHS = 100;

    private TargetRequests() {
    }

    static List<Target> read(JsonNode targets) {
        List<Target> result = new ArrayList<>();
        int index = 0;
        for (JsonNode target : targets) {
            result.add(read(target, "targets." + ++index + ".member."));
        }
        return result;
    }

    private static Target read(JsonNode target, String member) {
        String id = text(target, "Id");
        if (id == null) {
            throw EventsErrors.constraint(null, member + "id", "Member must not be null");
        }
        if (!TARGET_ID.matcher(id).matches()) {
            throw EventsErrors.constraint(id, member + "id", "Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+");
        }
        String arn = text(target, "Arn");
        if (arn == null) {
            throw EventsErrors.constraint(null, member + "arn", "Member must not be null");
        }
        if (arn.isEmpty() || arn.length() > MAX_ARN_LENGTH) {
            throw EventsErrors.constraint(arn, member + "arn", "Member must have length less than or equal to 1600");
        }
        String input = text(target, "Input");
        String inputPath = text(target, "InputPath");
        JsonNode transformer = target.get("InputTransformer");
        int inputs = (input == null ? 0 : 1) + (inputPath == null ? 0 : 1) + (transformer == null || transformer.isNull() ? 0 : 1);
        if (inputs > 1) {
            throw EventsErrors.validation("Only one of Input, InputPath, or InputTransformer must be provided.");
        }
        if (input != null) {
            checkInput(input, member);
        }
        if (inputPath != null && !EventPaths.valid(inputPath)) {
            throw EventsErrors.validation("Parameter InputPath is not valid: " + inputPath + " is not a valid JSONPath.");
        }
        return new Target(id, arn, text(target, "RoleArn"), input, inputPath,
                transformer == null || transformer.isNull() ? null : transformer(transformer, member + "inputTransformer."),
                retryPolicy(target.path("RetryPolicy"), member + "retryPolicy."), text(target.path("DeadLetterConfig"), "Arn"));
    }

    private static void checkInput(String input, String member) {
        if (input.length() > MAX_INPUT_LENGTH) {
            throw EventsErrors.constraint(input, member + "input", "Member must have length less than or equal to " + MAX_INPUT_LENGTH);
        }
        try {
            Json.DATA.readTree(input);
        } catch (IOException e) {
            throw EventsErrors.validation("Target Input must be a valid JSON text.");
        }
    }

    private static InputTransformer transformer(JsonNode transformer, String member) {
        String template = text(transformer, "InputTemplate");
        if (template == null) {
            throw EventsErrors.constraint(null, member + "inputTemplate", "Member must not be null");
        }
        Map<String, String> paths = new LinkedHashMap<>();
        transformer.path("InputPathsMap").fields().forEachRemaining(field -> paths.put(field.getKey(), field.getValue().asText()));
        if (paths.size() > MAX_INPUT_PATHS) {
            throw EventsErrors.validation("InputPathsMap has more than " + MAX_INPUT_PATHS + " entries.");
        }
        paths.forEach((name, path) -> {
            if (!VARIABLE.matcher(name).matches() || name.startsWith("aws.events")) {
                throw EventsErrors.validation("InputPathsMap key " + name + " is not valid: keys may contain letters,"
                        + " digits, '_' and '-', and may not start with 'aws.events'.");
            }
            if (!EventPaths.valid(path)) {
                throw EventsErrors.validation("Parameter InputPathsMap is not valid: " + path + " is not a valid JSONPath.");
            }
        });
        return new InputTransformer(paths, template);
    }

    /** The target's RetryPolicy with AWS's defaults for members it leaves out, or null when it sets none. */
    private static RetryPolicy retryPolicy(JsonNode policy, String member) {
        if (policy.isMissingNode() || policy.isNull()) {
            return null;
        }
        int attempts = bounded(policy.get("MaximumRetryAttempts"), member + "maximumRetryAttempts",
                0, RetryPolicy.MAX_RETRY_ATTEMPTS, RetryPolicy.DEFAULT.maximumRetryAttempts());
        int age = bounded(policy.get("MaximumEventAgeInSeconds"), member + "maximumEventAgeInSeconds",
                RetryPolicy.MIN_EVENT_AGE_SECONDS, RetryPolicy.MAX_EVENT_AGE_SECONDS, RetryPolicy.DEFAULT.maximumEventAgeInSeconds());
        return new RetryPolicy(attempts, age);
    }

    private static int bounded(JsonNode value, String member, int min, int max, int absent) {
        if (value == null || value.isNull()) {
            return absent;
        }
        int number = value.asInt();
        if (number < min) {
            throw EventsErrors.constraint(Integer.toString(number), member, "Member must have value greater than or equal to " + min);
        }
        if (number > max) {
            throw EventsErrors.constraint(Integer.toString(number), member, "Member must have value less than or equal to " + max);
        }
        return number;
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }
}
