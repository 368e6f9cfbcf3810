package com.apartmentbooking.bench.runtime.targets;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
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
        Table table = new Table("Target 5: resident memory of the runtime and its function JVMs, idle 10 s after "
                + "one booking flow, MiB (median of " + ROUNDS + ")", "build", "all processes, VmRSS",
                "all processes, PSS", "runtime + one instance of each function, VmRSS",
                "runtime + one instance of each function, PSS", "rounds, all processes, VmRSS",
                "per process, VmRSS / PSS (last round)");
        for (Build build : settings.builds()) {
            List<ProcessTreeMemory> rounds = trees.get(build);
            table.row(build.name(), median(rounds, tree -> tree.rssKilobytes()),
                    median(rounds, tree -> tree.pssKilobytes()),
                    median(rounds, tree -> tree.oneInstanceEach(ProcessTreeMemory.Resident::rssKilobytes)
                            .rssKilobytes()),
                    median(rounds, tree -> tree.oneInstanceEach(ProcessTreeMemory.Resident::pssKilobytes)
                            .pssKilobytes()),
                    Stats.list(mebibytes(rounds, ProcessTreeMemory::rssKilobytes)),
                    rounds.isEmpty() ? "did not start" : rounds.get(rounds.size() - 1).processes().stream()
                            .map(p -> p.name() + " " + Stats.format(p.rssKilobytes() / 1024.0) + " / "
                                    + Stats.format(p.pssKilobytes() / 1024.0))
                            .collect(Collectors.joining(", ")));
        }
        List<ProcessTreeMemory> before = trees.get(settings.before());
        List<ProcessTreeMemory> after = trees.get(settings.after());
        table.row("**after / before**",
                Stats.ratio(Stats.median(mebibytes(after, ProcessTreeMemory::rssKilobytes)),
                        Stats.median(mebibytes(before, ProcessTreeMemory::rssKilobytes))),
                Stats.ratio(Stats.median(mebibytes(after, ProcessTreeMemory::pssKilobytes)),
                        Stats.median(mebibytes(before, ProcessTreeMemory::pssKilobytes))), "", "", "", "");
        table.note("Target: <= 300 MiB for the runtime and one instance of each function. VmRSS (/proc/<pid>/status)"
                + " counts the pages JVMs share (the JVM's library, the JDK's class data archive) once per process;"
                + " PSS (/proc/<pid>/smaps_rollup) shares them out, so it adds up to the memory the tree holds. All"
                + " processes: the runtime and all its descendants (a function that ran two invocations at once has"
                + " two instances). One instance of each function: of a function's instances, the largest. Function"
                + " JVMs are named by their handler.");
        table.print();
    }

    private static String median(List<ProcessTreeMemory> rounds, ToLongFunction<ProcessTreeMemory> kilobytes) {
        return Stats.format(Stats.median(mebibytes(rounds, kilobytes)));
    }

    private static List<Double> mebibytes(List<ProcessTreeMemory> rounds, ToLongFunction<ProcessTreeMemory> kilobytes) {
        return rounds.stream().map(tree -> kilobytes.applyAsLong(tree) / 1024.0).toList();
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
