package com.apartmentbooking.bench.runtime.targets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every target of issue #14 that the runtime shows, measured for two builds in one run (rounds interleaved), one
 * markdown table per target. run.sh builds both and reads each one's JVM options from its run-local.sh.
 *
 * <pre>Targets --before-root DIR --before-jvm-options FILE --after-root DIR --after-jvm-options FILE
 *     --work DIR --canned-jar JAR [--before-name s] [--after-name s] [--warmup-rounds 12] [--rounds 5]
 *     [--executions 300] [--threads 8] [--calls 20000] [--call-warmup 40000] [--call-rounds 5] [--disk-executions 300]
 *     [--start-rounds 3] [--only executions,cpu,disk,memory,start]</pre>
 */
public final class Targets {

    private static final List<String> PARTS = List.of("executions", "cpu", "disk", "memory", "start");

    private Targets() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        Path work = Path.of(arguments.text("--work", null)).toAbsolutePath();
        Files.createDirectories(work);
        Settings settings = new Settings(
                Build.of(arguments.text("--before-name", "before"), Path.of(arguments.text("--before-root", null)),
                        optionalPath(arguments.text("--before-jvm-options", ""))),
                Build.of(arguments.text("--after-name", "after"), Path.of(arguments.text("--after-root", null)),
                        optionalPath(arguments.text("--after-jvm-options", ""))),
                work, arguments.number("--warmup-rounds", 12), arguments.number("--rounds", 5),
                arguments.number("--executions", 300),
                arguments.number("--threads", 8), arguments.number("--calls", 20_000),
                arguments.number("--call-warmup", 40_000), arguments.number("--call-rounds", 5),
                arguments.number("--disk-executions", 300), arguments.number("--start-rounds", 3),
                Path.of(arguments.text("--canned-jar", null)));
        List<String> only = Arrays.asList(arguments.text("--only", String.join(",", PARTS)).split(","));
        for (String part : only) {
            if (!PARTS.contains(part)) {
                throw new IllegalArgumentException("--only takes some of " + PARTS + ", not " + part);
            }
        }
        for (Build build : settings.builds()) {
            System.out.printf("%s: %s, runtime JVM options from its run-local.sh: %s%n", build.name(), build.root(),
                    build.jvmOptions().isEmpty() ? "none" : String.join(" ", build.jvmOptions()));
        }
        for (String part : PARTS) {
            if (only.contains(part)) {
                String loadBefore = loadAverage();
                long started = System.nanoTime();
                switch (part) {
                    case "executions" -> ExecutionTargets.measure(settings);
                    case "cpu" -> DynamoDbCpu.measure(settings);
                    case "disk" -> DiskPerExecution.measure(settings);
                    case "memory" -> StackMemory.measure(settings);
                    default -> StartToReady.measure(settings);
                }
                System.out.printf(Locale.ROOT, "%nLoad average %s before, %s after; %.0f s.%n", loadBefore,
                        loadAverage(), (System.nanoTime() - started) / 1e9);
            }
        }
    }

    private static Path optionalPath(String path) {
        return path.isEmpty() ? null : Path.of(path);
    }

    private static String loadAverage() throws java.io.IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    /** {@code --name value} pairs. */
    private record Arguments(String[] args) {

        String text(String name, String fallback) {
            for (int i = 0; i + 1 < args.length; i++) {
                if (args[i].equals(name)) {
                    return args[i + 1];
                }
            }
            if (fallback == null) {
                throw new IllegalArgumentException(name + " is required");
            }
            return fallback;
        }

        int number(String name, int fallback) {
            return Integer.parseInt(text(name, Integer.toString(fallback)));
        }
    }
}
