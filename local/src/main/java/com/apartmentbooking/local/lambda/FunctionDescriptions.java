package com.apartmentbooking.local.lambda;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A function as CreateFunction, GetFunction and ListFunctions describe it (FunctionConfiguration). */
final class FunctionDescriptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FunctionCodeFiles code;

    FunctionDescriptions(FunctionCodeFiles code) {
        this.code = code;
    }

    ObjectNode configuration(LambdaFunction function) {
        return configuration(function, FunctionNames.LATEST);
    }

    /** The configuration of one version of the function ($LATEST or the published 1). */
    ObjectNode configuration(LambdaFunction function, String version) {
        ObjectNode node = JSON.objectNode();
        node.put("FunctionName", function.functionName());
        node.put("FunctionArn", version.equals(FunctionNames.LATEST) ? function.functionArn()
                : function.functionArn() + ":" + version);
        node.put("Runtime", function.runtime());
        node.put("Role", function.role());
        node.put("Handler", function.handler());
        node.put("CodeSize", function.code().size());
        node.put("Description", function.description());
        node.put("Timeout", function.timeout());
        node.put("MemorySize", function.memorySize());
        node.put("LastModified", function.lastModified());
        node.put("CodeSha256", function.code().sha256());
        node.put("Version", version);
        if (!function.environment().isEmpty()) {
            ObjectNode variables = node.putObject("Environment").putObject("Variables");
            function.environment().forEach(variables::put);
        }
        node.putObject("TracingConfig").put("Mode", "PassThrough");
        node.put("PackageType", "Zip");
        node.put("State", "Active");
        node.put("LastUpdateStatus", "Successful");
        var architectures = node.putArray("Architectures");
        function.architectures().forEach(architectures::add);
        node.putObject("EphemeralStorage").put("Size", 512);
        return node;
    }

    ObjectNode getFunction(LambdaFunction function) {
        ObjectNode node = JSON.objectNode();
        node.set("Configuration", configuration(function));
        node.putObject("Code").put("RepositoryType", "S3")
                .put("Location", code.path(function.code()).toUri().toString());
        return node;
    }
}
