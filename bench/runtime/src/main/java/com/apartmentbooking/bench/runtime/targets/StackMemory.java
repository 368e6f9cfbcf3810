package com.apartmentbooking.bench.runtime.targets;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Issue #14 target 5: the whole process tree's resident memory (the runtime and one instance of each function),
 * idle ten seconds after one booking flow (the workflow started on a seeded REQUESTED booking, so it reserves,
 * expires and releases, and the status projector runs on the stream records) and one invocation of every function
 * (so that each has an instance, also in a build whose {@code --warm-functions true} does not start). Durable
 * runtime, fresh data directory; rounds alternate between the builds.
 */
final class StackMemory {

    private static final int ROUNDS = 2;
    private static final long IDLE_MILLIS = 10_000;

    private StackMemory() {
    }

    static void measure(Settings settings) throws Exception {
        Map<Build, List<ProcessTreeMemory>> trees = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Build build : settings.builds(round)) {
                List<ProcessTreeMemory> rounds = trees.computeIfAbsent(build, b -> new ArrayList<>());
                try {
                    rounds.add(afterBookingFlow(settings, build, round));
                } catch (IllegalStateException failed) {
                    // A build whose runtime cannot start so shows "-"; the reason is in its log.
                    System.err.println(failed.getMessage());
                }
            }
        }
        Table table = new Table("Target 5: resident memory of the runtime and its function JVMs, one instance of "
                + "each function, idle 10 s after one booking flow", "build", "total MiB (median of " + ROUNDS + ")", "rounds, MiB",
                "per process, MiB (last round)");
        for (Build build : settings.builds()) {
            List<ProcessTreeMemory> rounds = trees.get(build);
            List<Double> totals = rounds.stream().map(tree -> tree.totalKilobytes() / 1024.0).toList();
            table.row(build.name(), Stats.format(Stats.median(totals)), Stats.list(totals),
                    rounds.isEmpty() ? "did not start" : rounds.get(rounds.size() - 1).processes().stream()
                            .map(p -> p.name() + " " + Stats.format(p.kilobytes() / 1024.0))
                            .collect(Collectors.joining(", ")));
        }
        double before = Stats.median(trees.get(settings.before()).stream()
                .map(tree -> tree.totalKilobytes() / 1024.0).toList());
        double after = Stats.median(trees.get(settings.after()).stream()
                .map(tree -> tree.totalKilobytes() / 1024.0).toList());
        table.row("**after / before**", Stats.ratio(after, before), "", "");
        table.note("Target: total <= 300 MiB. VmRSS from /proc/<pid>/status of the runtime's process and all its "
                + "descendants; function JVMs named by their handler.");
        table.print();
    }

    private static ProcessTreeMemory afterBookingFlow(Settings settings, Build build, int round) throws Exception {
        String name = "memory-" + build.fileName() + "-" + round;
        RuntimeProcess runtime = build.startReady(Files.createDirectories(settings.work().resolve("data").resolve(name)),
                false, settings.log(name));
        try (Workloads workloads = new Workloads(runtime, 1)) {
            workloads.booking(workloads.bookingWorkflow(), "flow-", 1);
            runtime.invokeEveryFunction();
            Thread.sleep(IDLE_MILLIS);
            return ProcessTreeMemory.of(runtime.pid());
        } finally {
            runtime.stop();
        }
    }
}
