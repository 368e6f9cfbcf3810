package com.apartmentbooking.bench.runtime.targets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue #14 target 6: from starting the runtime's JVM (with its build's run-local.sh options, the real template) to
 * its ready line; functions on first use and with {@code --warm-functions true}; on a fresh data directory and
 * again on the same directory (a restart, as run-local.sh's kept .local-data is). Baseline: the same JVM and jar
 * printing its usage. Rounds alternate between the builds.
 */
final class StartToReady {

    private static final List<String> KINDS = List.of("baseline: JVM + jar, usage only",
            "functions on first use, fresh data directory", "functions on first use, restart",
            "functions warm, fresh data directory", "functions warm, restart");

    private StartToReady() {
    }

    static void measure(Settings settings) throws Exception {
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        for (int round = 0; round < settings.startRounds(); round++) {
            for (Build build : settings.builds(round)) {
                add(millis, build, KINDS.get(0), build.usageMillis());
                for (boolean warm : new boolean[] {false, true}) {
                    String name = "start-" + build.fileName() + (warm ? "-warm-" : "-lazy-") + round;
                    Path data = Files.createDirectories(settings.work().resolve("data").resolve(name));
                    try {
                        add(millis, build, KINDS.get(warm ? 3 : 1), readyMillis(settings, build, data, warm,
                                name + "-1"));
                        add(millis, build, KINDS.get(warm ? 4 : 2), readyMillis(settings, build, data, warm,
                                name + "-2"));
                    } catch (IllegalStateException failed) {
                        // A build whose runtime cannot start so shows "-" in that row; the reason is in its log.
                        System.err.println(failed.getMessage());
                    }
                }
            }
            System.err.printf("start to ready, round %d of %d done%n", round + 1, settings.startRounds());
        }
        Build before = settings.before();
        Build after = settings.after();
        Table table = new Table("Target 6: start to ready with the real template, ms (median of "
                + settings.startRounds() + ")", "start", before.name(), after.name(), "after / before",
                "rounds, " + before.name(), "rounds, " + after.name());
        for (String kind : KINDS) {
            List<Double> b = millis.getOrDefault(before.name() + kind, List.of());
            List<Double> a = millis.getOrDefault(after.name() + kind, List.of());
            String label = kind.startsWith("functions on first use, fresh") ? "**" + kind + "** (target <= 500)"
                    : kind.startsWith("functions warm, fresh") ? "**" + kind + "** (target <= 1,500)" : kind;
            table.row(label, Stats.format(Stats.median(b)), Stats.format(Stats.median(a)),
                    Stats.ratio(Stats.median(a), Stats.median(b)), Stats.list(b), Stats.list(a));
        }
        table.note("From starting `java <run-local.sh's options> -jar local/target/local-runtime.jar --template "
                + "infra/template.yaml --data-dir <dir>` to its `Local runtime ready` line; a restart follows a clean "
                + "stop of the first start on the same data directory. \"-\": the runtime did not start (twice), see "
                + "the logs.");
        table.print();
    }

    private static double readyMillis(Settings settings, Build build, Path data, boolean warm, String log)
            throws Exception {
        long started = System.nanoTime();
        RuntimeProcess runtime = build.startReady(data, warm, settings.log(log));
        double millis = (System.nanoTime() - started) / 1e6;
        runtime.stop();
        return millis;
    }

    private static void add(Map<String, List<Double>> millis, Build build, String kind, double value) {
        millis.computeIfAbsent(build.name() + kind, key -> new ArrayList<>()).add(value);
    }
}
