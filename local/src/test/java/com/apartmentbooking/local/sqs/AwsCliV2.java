package com.apartmentbooking.local.sqs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS CLI v2 as Debian packages it ({@code /usr/bin/aws}), run against a runtime with fixed credentials and
 * region and no configuration files of the machine's user. Versions 2.9 to 2.12 speak SQS's query protocol; later
 * ones its JSON protocol.
 */
final class AwsCliV2 {

    private static final Path EXECUTABLE = Path.of("/usr/bin/aws");
    private static final Pattern QUERY_PROTOCOL_VERSION = Pattern.compile("^aws-cli/2\\.(9|10|11|12)\\.\\d+ ");

    private final String endpoint;
    private final Path emptyHome;

    AwsCliV2(String endpoint, Path emptyHome) {
        this.endpoint = endpoint;
        this.emptyHome = emptyHome;
    }

    /** Whether the CLI here is a v2 that sends SQS's query protocol. */
    static boolean speaksSqsQuery() {
        if (!Files.isExecutable(EXECUTABLE)) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(EXECUTABLE.toString(), "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(60, TimeUnit.SECONDS) && QUERY_PROTOCOL_VERSION.matcher(version).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What one command printed and how it ended. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs {@code aws sqs <arguments> --endpoint-url <runtime> --output json}. */
    Result sqs(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(EXECUTABLE.toString(), "sqs"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--endpoint-url", endpoint, "--output", "json"));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", emptyHome.toString());
        env.put("AWS_CONFIG_FILE", emptyHome.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", emptyHome.resolve("credentials").toString());
        env.put("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE");
        env.put("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_PAGER", "");
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("aws " + command + " did not end");
        }
        return new Result(process.exitValue(), stdout, new String(stderr.join(), StandardCharsets.UTF_8));
    }
}
