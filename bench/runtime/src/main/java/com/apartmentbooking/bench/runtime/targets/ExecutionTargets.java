package com.apartmentbooking.bench.runtime.targets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue #14 targets 1 and 2: executions per second of the 3-step machine, the booking workflow and the Pass machine,
 * and StartExecution latency, on a durable runtime and on one in memory, for both builds. Both builds' runtimes of
 * one kind run side by side and take turns, round by round.
 */
final class ExecutionTargets {

    private static final String PASS = "Pass";
    private static final String STEPS = "3-step";
    private static final String BOOKING = "booking";

    private record Key(String build, boolean durable, String machine) {
    }

    private final Settings settings;
    private final Map<Key, List<ExecutionRun>> runs = new HashMap<>();

    private ExecutionTargets(Settings settings) {
        this.settings = settings;
    }

    static void measure(Settings settings) throws Exception {
        ExecutionTargets targets = new ExecutionTargets(settings);
        targets.measure(true);
        targets.measure(false);
        targets.printThroughput();
        targets.printServerCpu();
        targets.printStartLatency();
        targets.printEngineOverhead();
    }

    private void measure(boolean durable) throws Exception {
        Map<Build, RuntimeProcess> runtimes = new LinkedHashMap<>();
        Map<Build, Workloads> workloads = new HashMap<>();
        Map<Build, Map<String, String>> machines = new HashMap<>();
        try {
            for (Build build : settings.builds()) {
                String name = "executions-" + build.fileName() + (durable ? "-durable" : "-memory");
                Path data = durable ? Files.createDirectories(settings.work().resolve("data").resolve(name)) : null;
                RuntimeProcess runtime = build.startReady(data, false, settings.log(name));
                runtimes.put(build, runtime);
                Workloads workload = new Workloads(runtime, settings.threads());
                workloads.put(build, workload);
                machines.put(build, Map.of(PASS, workload.createPass(), STEPS, workload.createSteps(), BOOKING,
                        workload.bookingWorkflow()));
            }
            int total = settings.warmupRounds() + settings.rounds();
            for (int round = 0; round < total; round++) {
                boolean measured = round >= settings.warmupRounds();
                for (Build build : settings.builds(round)) {
                    Workloads workload = workloads.get(build);
                    Map<String, String> arns = machines.get(build);
                    String prefix = "r" + round + "-";
                    int count = settings.executions();
                    ExecutionRun pass = workload.pass(arns.get(PASS), count);
                    ExecutionRun steps = workload.steps(arns.get(STEPS), prefix, count);
                    ExecutionRun booking = workload.booking(arns.get(BOOKING), prefix, count);
                    if (measured) {
                        record(build, durable, PASS, pass);
                        record(build, durable, STEPS, steps);
                        record(build, durable, BOOKING, booking);
                    }
                }
                System.err.printf("executions, %s, round %d of %d done%s%n", durable ? "durable" : "in memory",
                        round + 1, total, measured ? "" : " (warm-up)");
            }
        } finally {
            workloads.values().forEach(Workloads::close);
            for (RuntimeProcess runtime : runtimes.values()) {
                runtime.stop();
            }
        }
    }

    private void record(Build build, boolean durable, String machine, ExecutionRun run) {
        runs.computeIfAbsent(new Key(build.name(), durable, machine), key -> new ArrayList<>()).add(run);
    }

    private List<ExecutionRun> measuredRuns(Build build, boolean durable, String machine) {
        return runs.get(new Key(build.name(), durable, machine));
    }

    private double perSecond(Build build, boolean durable, String machine) {
        return Stats.median(measuredRuns(build, durable, machine).stream().map(ExecutionRun::perSecond).toList());
    }

    private String rounds(Build build, boolean durable, String machine) {
        return Stats.list(runs.get(new Key(build.name(), durable, machine)).stream().map(ExecutionRun::perSecond)
                .toList());
    }

    private void printThroughput() {
        Build before = settings.before();
        Build after = settings.after();
        Table table = new Table("Target 1: durable as fast as in memory: executions/s, " + settings.executions()
                + " executions from " + settings.threads() + " SDK clients per round",
                "executions/s", before.name(), after.name(), "after / before", "rounds, " + before.name(),
                "rounds, " + after.name());
        for (String machine : List.of(STEPS, BOOKING, PASS)) {
            for (boolean durable : new boolean[] {true, false}) {
                double b = perSecond(before, durable, machine);
                double a = perSecond(after, durable, machine);
                table.row(machineName(machine) + ", " + (durable ? "durable" : "in memory"), Stats.format(b),
                        Stats.format(a), Stats.ratio(a, b), rounds(before, durable, machine),
                        rounds(after, durable, machine));
            }
        }
        for (String machine : List.of(STEPS, BOOKING)) {
            table.row("**" + machineName(machine) + ": durable / in memory** (target >= 0.8)",
                    durableShare(before, machine), durableShare(after, machine), "", "", "");
        }
        table.note("Medians of " + settings.rounds() + " rounds after " + settings.warmupRounds()
                + " warm-up rounds (JIT compilation); all measured rounds listed. Each execution must succeed.");
        table.print();
    }

    /**
     * The runtime's CPU time per execution, durable and in memory: unlike executions/s, it hardly depends on how
     * the two CPUs were shared with the clients during a round, so it shows what durability itself costs.
     */
    private void printServerCpu() {
        Build before = settings.before();
        Build after = settings.after();
        Table table = new Table("Target 1: the runtime's CPU time per execution, ms (user + system, every thread)",
                "ms per execution", before.name(), after.name(), "after / before");
        for (String machine : List.of(STEPS, BOOKING, PASS)) {
            for (boolean durable : new boolean[] {true, false}) {
                double b = cpuPerExecution(before, durable, machine);
                double a = cpuPerExecution(after, durable, machine);
                table.row(machineName(machine) + ", " + (durable ? "durable" : "in memory"), Stats.format(b),
                        Stats.format(a), Stats.ratio(a, b));
            }
            table.row(machineName(machine) + ": in memory / durable", Stats.ratio(cpuPerExecution(before, false,
                    machine), cpuPerExecution(before, true, machine)), Stats.ratio(cpuPerExecution(after, false,
                    machine), cpuPerExecution(after, true, machine)), "");
        }
        table.note("Medians over the measured rounds. The runtime also answers the clients' DescribeExecution polls "
                + "(8 threads, one every 20 ms each) and, for the booking workflow, the clock steps, so a slower round "
                + "adds some CPU per execution. \"In memory / durable\" is the share of executions/s durable could "
                + "reach were CPU all that limited it.");
        table.print();
    }

    private double cpuPerExecution(Build build, boolean durable, String machine) {
        return Stats.median(measuredRuns(build, durable, machine).stream().map(ExecutionRun::serverCpuMillis)
                .toList());
    }

    private String durableShare(Build build, String machine) {
        return Stats.ratio(perSecond(build, true, machine), perSecond(build, false, machine));
    }

    private void printStartLatency() {
        Build before = settings.before();
        Build after = settings.after();
        Table table = new Table("Target 1: StartExecution latency, " + settings.threads() + " threads starting "
                + settings.executions() + " executions", "measure", before.name(), after.name(), "after / before");
        for (String machine : List.of(STEPS, PASS)) {
            for (boolean durable : new boolean[] {true, false}) {
                String label = machineName(machine) + ", " + (durable ? "durable" : "in memory");
                double b = startSeconds(before, durable, machine);
                double a = startSeconds(after, durable, machine);
                table.row(label + ": all started, s", Stats.format(b), Stats.format(a), Stats.ratio(a, b));
                table.row(label + ": per call p50 / p99, ms", perCall(before, durable, machine),
                        perCall(after, durable, machine), "");
            }
            table.row("**" + machineName(machine) + ": durable / in memory, all started** (target <= 1.5)",
                    Stats.ratio(startSeconds(before, true, machine), startSeconds(before, false, machine)),
                    Stats.ratio(startSeconds(after, true, machine), startSeconds(after, false, machine)), "");
        }
        table.note("Time from the first StartExecution sent to the last answered, median of the " + settings.rounds()
                + " measured rounds; per-call percentiles over the calls of those rounds.");
        table.print();
    }

    private double startSeconds(Build build, boolean durable, String machine) {
        return Stats.median(measuredRuns(build, durable, machine).stream().map(ExecutionRun::startSeconds).toList());
    }

    private String perCall(Build build, boolean durable, String machine) {
        List<Double> calls = measuredRuns(build, durable, machine).stream().flatMap(run -> run.startMillis().stream())
                .toList();
        return Stats.format(Stats.percentile(calls, 50)) + " / " + Stats.format(Stats.percentile(calls, 99));
    }

    private void printEngineOverhead() {
        Build before = settings.before();
        Build after = settings.after();
        Table table = new Table("Target 2: engine overhead: 3-step machine / Pass machine, executions/s",
                "ratio", before.name(), after.name());
        table.row("**in memory** (target >= 0.8)", overhead(before, false), overhead(after, false));
        table.row("durable", overhead(before, true), overhead(after, true));
        table.print();
    }

    private String overhead(Build build, boolean durable) {
        return Stats.ratio(perSecond(build, durable, STEPS), perSecond(build, durable, PASS));
    }

    private static String machineName(String machine) {
        return switch (machine) {
            case STEPS -> "3-step machine";
            case BOOKING -> "booking workflow, zero window";
            default -> "1-state Pass machine";
        };
    }
}
