package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.template.FunctionSpec;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A function as GetFunction and ListFunctions describe it (FunctionConfiguration). */
final class FunctionDescriptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter LAST_MODIFIED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);

    private final String accountId;
    private final Instant deployedAt;

    FunctionDescriptions(String accountId, Instant deployedAt) {
        this.accountId = accountId;
        this.deployedAt = deployedAt;
    }

    ObjectNode configuration(FunctionSpec function) {
        ObjectNode node = JSON.objectNode();
        node.put("FunctionName", function.functionName());
        node.put("FunctionArn", function.arn());
        node.put("Runtime", function.runtime());
        node.put("Role", "arn:aws:iam::" + accountId + ":role/" + function.logicalId() + "Role");
        node.put("Handler", function.handler());
        node.put("Description", "");
        node.put("Timeout", function.timeoutSeconds());
        node.put("MemorySize", function.memorySize());
        node.put("LastModified", LAST_MODIFIED.format(deployedAt));
        node.put("Version", FunctionNames.LATEST);
        if (!function.environment().isEmpty()) {
            ObjectNode variables = node.putObject("Environment").putObject("Variables");
            function.environment().forEach(variables::put);
        }
        node.putObject("TracingConfig").put("Mode", "PassThrough");
        node.put("PackageType", "Zip");
        node.put("State", "Active");
        node.put("LastUpdateStatus", "Successful");
        var architectures = node.putArray("Architectures");
        if (function.architectures().isEmpty()) {
            architectures.add("x86_64");
        } else {
            function.architectures().forEach(architectures::add);
        }
        node.putObject("EphemeralStorage").put("Size", 512);
        return node;
    }

    ObjectNode getFunction(FunctionSpec function) {
        ObjectNode node = JSON.objectNode();
        node.set("Configuration", configuration(function));
        node.putObject("Code").put("RepositoryType", "S3")
                .put("Location", function.codePath().toUri().toString());
        return node;
    }
}
