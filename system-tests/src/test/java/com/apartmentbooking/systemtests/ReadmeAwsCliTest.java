package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's AWS CLI v2 commands of the README, run as the README gives them: the fenced block after the line
 * {@code <!-- readme-test: operator-aws-cli -->}, with {@code $ENDPOINT} the runtime's URL and {@code $B} a confirmed
 * booking, by {@code bash -eu} with a v2 {@code aws} first on the PATH and the credentials local/local.
 */
class ReadmeAwsCliTest {

    private static final String MARKER = "<!-- readme-test: operator-aws-cli -->";
    private static final String APARTMENT = "apt-readme";
    private static final Duration LIMIT = Duration.ofMinutes(5);

    private static Path awsCliV2;
    private static LocalStack stack;
    private static String booking;

    @BeforeAll
    static void startAndConfirmABooking() {
        awsCliV2 = findAwsCliV2().orElse(null);
        Assumptions.assumeTrue(awsCliV2 != null,
                "no AWS CLI v2 on the PATH, in /usr/local/bin or /usr/bin (.ci/run installs Debian's awscli)");
        stack = LocalStack.start();
        Bookings bookings = new Bookings(stack);
        bookings.createApartment(APARTMENT);
        booking = bookings.requestBooking(APARTMENT, "ada", 900, "readme-" + UUID.randomUUID())
                .path("data").path("id").asText();
        bookings.awaitWaitingForPayment(booking);
        assertEquals(200, bookings.pay("evt-" + UUID.randomUUID(), booking).statusCode());
        bookings.advanceClock(Duration.ofSeconds(901));
        bookings.awaitBookingStatus(booking, "CONFIRMED");
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theOperatorsAwsCliCommandsShowTheExecutionItsHistoryAndTheItems(@TempDir Path workDirectory)
            throws Exception {
        Path script = workDirectory.resolve("operator-aws-cli.sh");
        Files.writeString(script, readmeBlock(MARKER));

        Result result = runBash(script, workDirectory);

        assertEquals(0, result.exitCode(), "the README's block failed:\n" + result.stdout() + "\n" + result.stderr());
        String executionArn = new Bookings(stack).booking(booking).get("executionArn").s();
        String executionName = executionArn.substring(executionArn.lastIndexOf(':') + 1);
        String out = result.stdout();
        assertTrue(Pattern.compile("(?m)^" + Pattern.quote(executionName) + "\tSUCCEEDED\t").matcher(out).find(),
                "list-executions lists the booking's execution as SUCCEEDED:\n" + out);
        assertTrue(out.contains("ExecutionStarted\t") && out.contains("WaitStateEntered\tWaitStateExited")
                && out.contains("\tExecutionSucceeded"), "get-execution-history gives the event types:\n" + out);
        assertTrue(out.contains("ReserveApartment\tPublishBookingReserved\tWaitForPayment\tGetApartment"
                + "\tIsPaidByThisBooking\tConfirmBooking"), "the states the execution entered, in order:\n" + out);
        assertTrue(out.contains(APARTMENT + "\tPAID\t" + booking), "the apartments' scan:\n" + out);
        assertTrue(out.contains(booking + "\t" + APARTMENT + "\tCONFIRMED"), "the confirmed bookings' scan:\n" + out);
        assertTrue(out.contains("\"id\":\"" + booking + "\"") && out.contains("\"status\":\"CONFIRMED\""),
                "the resolver function's answer to the booking query:\n" + out);
        assertTrue(Pattern.compile("\"[0-9a-f-]{36}\": \\[\\s*\"AWSCURRENT\"\\s*]").matcher(out).find(),
                "the webhook secret's versions:\n" + out);
        assertTrue(out.contains(stack.endpoint + "/000000000000/local-WorkflowDeadLetterQueue"),
                "the queues' URLs:\n" + out);
        assertTrue(out.contains("ATTRIBUTES\t0\n"), "the dead-letter queue's message count:\n" + out);
    }

    /** The fenced sh block right after {@code marker} in the repository's README. */
    private static String readmeBlock(String marker) throws IOException {
        List<String> lines = Files.readAllLines(LocalStack.REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8);
        int at = lines.indexOf(marker);
        assertTrue(at >= 0, "the README has no line " + marker);
        assertEquals("```sh", lines.get(at + 1), "the line after " + marker + " opens the sh block");
        List<String> block = new ArrayList<>();
        for (String line : lines.subList(at + 2, lines.size())) {
            if (line.equals("```")) {
                return String.join("\n", block) + "\n";
            }
            block.add(line);
        }
        throw new AssertionError("the block after " + marker + " is not closed");
    }

    private static Result runBash(Path script, Path workDirectory) throws IOException, InterruptedException {
        Path stdout = workDirectory.resolve("stdout.txt");
        Path stderr = workDirectory.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder("bash", "-eu", script.toString()).directory(workDirectory.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Map<String, String> environment = builder.environment();
        // Only what the README tells the reader to have: no profile, configuration or endpoint of this machine's.
        environment.keySet().removeIf(name -> name.startsWith("AWS_"));
        environment.put("PATH", awsCliV2.getParent() + ":" + environment.getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("AWS_CONFIG_FILE", workDirectory.resolve("no-config").toString());
        environment.put("AWS_SHARED_CREDENTIALS_FILE", workDirectory.resolve("no-credentials").toString());
        environment.put("AWS_ACCESS_KEY_ID", "local");
        environment.put("AWS_SECRET_ACCESS_KEY", "local");
        environment.put("AWS_DEFAULT_REGION", "us-east-1");
        environment.put("ENDPOINT", stack.endpoint.toString());
        environment.put("B", booking);
        Process process = builder.start();
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the README's block did not end within " + LIMIT + ":\n" + Files.readString(stdout));
        }
        return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    /** The first {@code aws} whose {@code --version} is 2.x, on the PATH or where Debian's package puts it. */
    private static Optional<Path> findAwsCliV2() {
        Set<String> directories = new LinkedHashSet<>();
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!directory.isEmpty()) {
                directories.add(directory);
            }
        }
        directories.add("/usr/local/bin");
        directories.add("/usr/bin");
        return directories.stream().map(directory -> Path.of(directory, "aws")).filter(Files::isExecutable)
                .filter(ReadmeAwsCliTest::isVersion2).findFirst();
    }

    private static boolean isVersion2(Path aws) {
        try {
            Process process = new ProcessBuilder(aws.toString(), "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 && version.startsWith("aws-cli/2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }
}
