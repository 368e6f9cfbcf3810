package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.server.AcceptedCredentials;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The environment of a function instance: what Lambda sets, the function's own variables, and the runtime's
 * endpoint as AWS_ENDPOINT_URL so the SDK inside the handler calls this runtime. Nothing of the runtime's own
 * environment is passed on but PATH.
 */
final class InstanceEnvironment {

    private static final DateTimeFormatter LOG_STREAM_DATE =
            DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    /** Variables Lambda keeps for itself: a function's configuration cannot override them. */
    private static final Set<String> RESERVED = Set.of("_HANDLER", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME",
            "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_LOG_GROUP_NAME",
            "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_LAMBDA_RUNTIME_API", "AWS_REGION", "AWS_DEFAULT_REGION",
            "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");

    private final String region;
    private final URI runtimeEndpoint;

    InstanceEnvironment(String region, URI runtimeEndpoint) {
        this.region = region;
        this.runtimeEndpoint = runtimeEndpoint;
    }

    Map<String, String> of(LambdaFunction function, Path codePath, String runtimeApi, Instant startedAt) {
        Map<String, String> env = new LinkedHashMap<>();
        String path = System.getenv("PATH");
        if (path != null) {
            env.put("PATH", path);
        }
        function.environment().forEach((name, value) -> {
            if (!RESERVED.contains(name)) {
                env.put(name, value);
            }
        });
        env.put("AWS_ENDPOINT_URL", runtimeEndpoint.toString());
        env.put("_HANDLER", function.handler());
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + function.runtime());
        env.put("AWS_LAMBDA_FUNCTION_NAME", function.functionName());
        env.put("AWS_LAMBDA_FUNCTION_VERSION", FunctionNames.LATEST);
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memorySize()));
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.functionName());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName(startedAt));
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("AWS_REGION", region);
        env.put("AWS_DEFAULT_REGION", region);
        env.put("LAMBDA_TASK_ROOT", taskRoot(codePath).toString());
        env.put("TZ", ":UTC");
        env.put("AWS_ACCESS_KEY_ID", AcceptedCredentials.FUNCTION_KEY.accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", AcceptedCredentials.FUNCTION_KEY.secretAccessKey());
        env.put("AWS_SESSION_TOKEN", AcceptedCredentials.FUNCTION_KEY.sessionToken());
        return env;
    }

    /** Where the function's code is: its directory of classes, or the directory holding its jar. */
    static Path taskRoot(Path codePath) {
        Path absolute = codePath.toAbsolutePath();
        return Files.isDirectory(absolute) || absolute.getParent() == null ? absolute : absolute.getParent();
    }

    private static String logStreamName(Instant startedAt) {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        return LOG_STREAM_DATE.format(startedAt) + "/[" + FunctionNames.LATEST + "]" + HexFormat.of().formatHex(id);
    }
}
