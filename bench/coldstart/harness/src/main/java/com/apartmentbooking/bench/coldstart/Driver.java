package com.apartmentbooking.bench.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

/**
 * Runs every scenario in fresh JVMs, round-robin (so machine noise hits all handlers alike), against
 * the canned AWS, checks that each invocation really succeeded, and prints the medians, the ratio to
 * the baseline measured in the same command, and the jar sizes with and without tracing.
 *
 * <p>Options:
 * <ul>
 *   <li>{@code --root DIR} the repository root; {@code --baseline-jar JAR}; {@code --sdk-floor-jar JAR};
 *       {@code --fixtures DIR} the event templates;
 *   <li>{@code --launcher-cp CP} the fresh JVMs' class path (harness, aws-lambda-java-core,
 *       aws-lambda-java-serialization);
 *   <li>{@code --work DIR} for events, replies, logs and results.md;
 *   <li>{@code --runs N} rounds (10); {@code --only a,b} some scenarios, the baseline among them;
 *       {@code --jar name=JAR} another jar for a scenario; {@code --variant name:label=JAR} one more
 *       scenario "name label", the scenario {@code name} with another jar, run in the same rounds;
 *   <li>{@code --tree module=FILE} a module's verbose dependency tree and {@code --m2 DIR} the local
 *       Maven repository: the module's jar size with and without tracing;
 *   <li>{@code --jvm-flag F} one more flag for every JVM, for investigations (e.g.
 *       {@code -Xlog:class+load}, which lands in the run's log);
 *   <li>{@code --appcds DIR} one training run per scenario dumps a dynamic AppCDS archive into DIR,
 *       then every JVM of that scenario uses it.
 * </ul>
 */
public final class Driver {

    /**
     * The same for every JVM. Tiered compilation stopped at C1 is what Lambda's Java runtime
     * starts the JVM with; everything else is the JVM's default.
     */
    static final List<String> JVM_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");

    private static final Pattern RESULT = Pattern.compile(Pattern.quote(Launcher.RESULT_PREFIX)
            + " initMs=(\\d+) invokeMs=([\\d.]+) totalMs=([\\d.]+) endEpochMs=(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(double initMs, double invokeMs, double totalMs, double processMs, int traceSegments) {
    }

    private Driver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> options = parse(args);
        Path root = Path.of(single(options, "root"));
        Path work = Path.of(single(options, "work"));
        String launcherClassPath = single(options, "launcher-cp");
        List<String> jvmFlags = new ArrayList<>(JVM_FLAGS);
        jvmFlags.addAll(options.getOrDefault("jvm-flag", List.of()));
        int runs = Integer.parseInt(options.getOrDefault("runs", List.of("10")).get(0));
        Map<String, Path> jars = pairs(options.getOrDefault("jar", List.of()));
        Map<String, Path> variants = pairs(options.getOrDefault("variant", List.of()));

        List<Scenario> scenarios = new ArrayList<>();
        Set<String> only = options.containsKey("only") ? Set.of(single(options, "only").split(",")) : null;
        for (Scenario scenario : Scenarios.all(root, Path.of(single(options, "baseline-jar")),
                Path.of(single(options, "sdk-floor-jar")), Path.of(single(options, "fixtures")))) {
            if (only == null || only.contains(scenario.name())) {
                scenarios.add(jars.containsKey(scenario.name()) ? scenario.withJar(jars.get(scenario.name())) : scenario);
                variants.forEach((nameAndLabel, jar) -> {
                    String[] parts = nameAndLabel.split(":", 2);
                    if (parts[0].equals(scenario.name())) {
                        scenarios.add(scenario.variant(parts.length > 1 ? parts[1] : "variant", jar));
                    }
                });
            }
        }
        if (scenarios.isEmpty() || !"baseline".equals(scenarios.get(0).name())) {
            fail("the baseline must be among the scenarios: every ratio is to it");
        }
        for (Scenario scenario : scenarios) {
            requireHandler(scenario);
        }
        Files.createDirectories(work.resolve("logs"));

        Map<String, List<Run>> results = new LinkedHashMap<>();
        Map<String, List<String>> flagsOf = new LinkedHashMap<>();
        scenarios.forEach(s -> {
            results.put(s.name(), new ArrayList<>());
            flagsOf.put(s.name(), jvmFlags);
        });
        try (CannedAws aws = new CannedAws(Scenarios.items(Instant.now()),
                Map.of(Scenarios.WEBHOOK_SECRET_ARN, Scenarios.WEBHOOK_SECRET))) {
            if (options.containsKey("appcds")) {
                Path archives = Files.createDirectories(Path.of(single(options, "appcds")));
                for (Scenario scenario : scenarios) {
                    Path archive = archives.resolve(scenario.name() + ".jsa");
                    Files.deleteIfExists(archive);
                    runOnce(scenario, aws, with(jvmFlags, "-XX:ArchiveClassesAtExit=" + archive), launcherClassPath, work, "appcds-training");
                    flagsOf.put(scenario.name(), with(jvmFlags, "-XX:SharedArchiveFile=" + archive));
                }
            }
            // One unrecorded round first: the first measured round must not also pay for reading the
            // freshly built jars from disk.
            for (Scenario scenario : scenarios) {
                runOnce(scenario, aws, flagsOf.get(scenario.name()), launcherClassPath, work, "warmup");
            }
            for (int round = 1; round <= runs; round++) {
                StringBuilder progress = new StringBuilder(String.format(Locale.ROOT, "round %2d/%d:", round, runs));
                for (Scenario scenario : scenarios) {
                    Run run = runOnce(scenario, aws, flagsOf.get(scenario.name()), launcherClassPath, work, String.valueOf(round));
                    results.get(scenario.name()).add(run);
                    progress.append(String.format(Locale.ROOT, "  %s %.0f ms", scenario.name(), run.totalMs()));
                }
                System.out.println(progress);
            }
        }

        StringBuilder report = new StringBuilder();
        report.append(timingTable(scenarios, results, runs, jvmFlags, options.containsKey("appcds")));
        Map<String, Path> trees = pairs(options.getOrDefault("tree", List.of()));
        if (!trees.isEmpty()) {
            report.append('\n').append(sizeTable(scenarios, trees, Path.of(single(options, "m2")), work));
        }
        System.out.println();
        System.out.print(report);
        Files.writeString(work.resolve("results.md"), report.toString());
    }

    private static Run runOnce(Scenario scenario, CannedAws aws, List<String> jvmFlags, String launcherClassPath,
                               Path work, String label)
            throws IOException, InterruptedException {
        String id = scenario.name().replace(' ', '-') + "-" + label;
        Path event = work.resolve(id + ".event.json");
        Path reply = work.resolve(id + ".reply.json");
        Path log = work.resolve("logs").resolve(id + ".log");
        Files.deleteIfExists(reply);
        ObjectNode template = (ObjectNode) JSON.readTree(scenario.fixture().toFile());
        JSON.writeValue(event.toFile(), scenario.freshEvent().apply(template));

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", launcherClassPath, Launcher.class.getName(),
                scenario.jar().toString(), scenario.handlerClass(), scenario.eventType(), event.toString(), reply.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // Only what Lambda would give: nothing from this shell (profiles, proxies, real credentials) leaks in.
        builder.environment().clear();
        builder.environment().putAll(Scenarios.environment(aws, work));

        aws.reset();
        long spawnedEpochMs = System.currentTimeMillis();
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(id + ": no answer within 2 minutes; see " + log);
        }
        String output = Files.readString(log);
        if (process.exitValue() != 0) {
            fail(id + ": the JVM exited with " + process.exitValue() + "\n" + tail(output));
        }
        Matcher result = RESULT.matcher(output);
        if (!result.find()) {
            fail(id + ": no " + Launcher.RESULT_PREFIX + " line\n" + tail(output));
        }
        JsonNode answer = JSON.readTree(reply.toFile());
        String problem = scenario.replyProblem().apply(answer);
        if (problem != null) {
            fail(id + ": the invocation did not succeed (" + problem + "); reply: " + answer + "\n" + tail(output));
        }
        Map<String, Integer> calls = aws.calls();
        if (!aws.unexpected().isEmpty() || !calls.keySet().containsAll(scenario.requiredCalls())) {
            fail(id + ": AWS calls " + calls + ", required " + scenario.requiredCalls()
                    + ", unexpected " + aws.unexpected() + "\n" + tail(output));
        }
        return new Run(Double.parseDouble(result.group(1)), Double.parseDouble(result.group(2)),
                Double.parseDouble(result.group(3)), Long.parseLong(result.group(4)) - spawnedEpochMs,
                calls.getOrDefault(CannedAws.XRAY_SEGMENT, 0));
    }

    private static String timingTable(List<Scenario> scenarios, Map<String, List<Run>> results, int runs, List<String> jvmFlags,
                                      boolean appcds) throws IOException {
        double baseline = median(results.get("baseline"), Run::totalMs);
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "Cold start, median of %d fresh JVMs each, round-robin.%n"
                        + "JVM: %s %s, flags %s%s. Machine: %d CPUs, %s.%n%n",
                runs, System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                String.join(" ", jvmFlags), appcds ? " plus each handler's own dynamic AppCDS archive" : "",
                Runtime.getRuntime().availableProcessors(), cpuModel()));
        // Issue #14's target is relative to the one-DynamoDB-call handler; "-" when it was not measured.
        List<Run> floorRuns = results.get("sdk-floor");
        double floor = floorRuns == null ? Double.NaN : median(floorRuns, Run::totalMs);
        table.append("| handler | jar MB | init ms | invoke ms | total ms | x baseline | x sdk-floor | spawn-to-reply ms | X-Ray segments |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Scenario scenario : scenarios) {
            List<Run> list = results.get(scenario.name());
            double total = median(list, Run::totalMs);
            table.append(String.format(Locale.ROOT, "| %s | %.2f | %.0f | %.0f | %.0f | %.2f | %s | %.0f | %.0f |%n",
                    scenario.name(), megabytes(Files.size(scenario.jar())), median(list, Run::initMs),
                    median(list, Run::invokeMs), total, total / baseline,
                    Double.isNaN(floor) ? "-" : String.format(Locale.ROOT, "%.2f", total / floor), median(list, Run::processMs),
                    median(list, Run::traceSegments)));
        }
        return table.toString();
    }

    private static String sizeTable(List<Scenario> scenarios, Map<String, Path> trees, Path m2, Path work) throws IOException {
        StringBuilder table = new StringBuilder("Jar sizes, with and without what only tracing brings in\n\n");
        table.append("| module | jar MB | without tracing MB | tracing MB | tracing-only artifacts |\n");
        table.append("|---|---:|---:|---:|---|\n");
        for (Scenario scenario : scenarios) {
            Path tree = trees.get(scenario.name());
            if (tree == null) {
                continue;
            }
            TracingFootprint.Result size = TracingFootprint.measure(scenario.jar(), tree, m2,
                    work.resolve(scenario.name() + "-lambda-without-tracing.jar"));
            table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s |%n", scenario.name(),
                    megabytes(size.jarBytes()), megabytes(size.withoutTracingBytes()),
                    megabytes(size.jarBytes() - size.withoutTracingBytes()),
                    size.tracingArtifacts().stream().map(a -> a.split(":")[1]).collect(Collectors.joining(", "))));
        }
        return table.toString();
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return "CPU model unknown";
        }
        try (var lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("CPU model unknown");
        }
    }

    private static void requireHandler(Scenario scenario) throws IOException {
        if (!Files.isRegularFile(scenario.jar())) {
            fail(scenario.name() + ": no jar at " + scenario.jar() + " (build it first)");
        }
        try (ZipFile jar = new ZipFile(scenario.jar().toFile())) {
            if (jar.getEntry(scenario.handlerClass().replace('.', '/') + ".class") == null) {
                fail(scenario.name() + ": " + scenario.jar() + " has no " + scenario.handlerClass());
            }
        }
    }

    private static List<String> with(List<String> flags, String flag) {
        List<String> more = new ArrayList<>(flags);
        more.add(flag);
        return more;
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> metric) {
        double[] values = runs.stream().mapToDouble(metric).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
    }

    private static void fail(String message) {
        System.err.println("COLD-START BENCHMARK FAILED: " + message);
        System.exit(1);
    }

    private static Map<String, List<String>> parse(String[] args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                fail("expected an --option, got " + args[i]);
            }
            options.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[i + 1]);
        }
        if (args.length % 2 != 0) {
            fail("option " + args[args.length - 1] + " has no value");
        }
        return options;
    }

    private static String single(Map<String, List<String>> options, String name) {
        List<String> values = options.get(name);
        if (values == null || values.size() != 1) {
            fail("give --" + name + " once");
        }
        return values.get(0);
    }

    private static Map<String, Path> pairs(List<String> values) {
        Map<String, Path> pairs = new LinkedHashMap<>();
        for (String value : values) {
            int equals = value.indexOf('=');
            if (equals < 1) {
                fail("expected name=path, got " + value);
            }
            pairs.put(value.substring(0, equals), Path.of(value.substring(equals + 1)));
        }
        return pairs;
    }
}
