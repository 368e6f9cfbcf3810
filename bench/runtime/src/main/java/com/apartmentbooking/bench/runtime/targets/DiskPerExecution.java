package com.apartmentbooking.bench.runtime.targets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Issue #14 target 4: the data directory's growth per finished 3-step execution, and whether closed executions
 * expire after 90 days on the runtime's clock and give their space back. For each build, on a fresh data directory:
 *
 * <ol>
 *   <li>start, create the table and the machine, stop cleanly: size S0;</li>
 *   <li>start, N executions, stop cleanly: S1 ((S1 - S0) / N per execution);</li>
 *   <li>start, N executions, kill -9: S2 ((S2 - S1) / N);</li>
 *   <li>start, advance the clock 91 days, N executions, stop cleanly: S3, and how many executions ListExecutions
 *       still shows (N when the 2N older ones expired, 3N when none did).</li>
 * </ol>
 */
final class DiskPerExecution {

    private static final long DAYS_91 = 91L * 24 * 60 * 60;

    private record Sizes(DirectorySize setup, DirectorySize clean, DirectorySize killed, DirectorySize expired,
            int listed) {
    }

    private DiskPerExecution() {
    }

    static void measure(Settings settings) throws Exception {
        Map<Build, Sizes> sizes = new LinkedHashMap<>();
        for (Build build : settings.builds()) {
            sizes.put(build, measure(settings, build));
            System.err.printf("disk per execution, %s done%n", build.name());
        }
        print(settings, sizes);
    }

    private static Sizes measure(Settings settings, Build build) throws Exception {
        int count = settings.diskExecutions();
        String name = "disk-" + build.fileName();
        Path data = Files.createDirectories(settings.work().resolve("data").resolve(name));

        RuntimeProcess runtime = build.startReady(data, false, settings.log(name + "-1"));
        String machine;
        try (Workloads workloads = new Workloads(runtime, settings.threads())) {
            machine = workloads.createSteps();
        }
        runtime.stop();
        DirectorySize setup = DirectorySize.of(data);

        runSteps(settings, build, data, name + "-2", machine, "clean-", count).stop();
        DirectorySize clean = DirectorySize.of(data);

        runSteps(settings, build, data, name + "-3", machine, "killed-", count).kill();
        DirectorySize killed = DirectorySize.of(data);

        runtime = build.startReady(data, false, settings.log(name + "-4"));
        int listed;
        try (Workloads workloads = new Workloads(runtime, settings.threads())) {
            runtime.advanceClock(DAYS_91);
            workloads.steps(machine, "expired-", count);
            listed = workloads.listed(machine);
        }
        runtime.stop();
        return new Sizes(setup, clean, killed, DirectorySize.of(data), listed);
    }

    /** Starts the runtime on the data directory and runs {@code count} executions; returns the running runtime. */
    private static RuntimeProcess runSteps(Settings settings, Build build, Path data, String log, String machine,
            String prefix, int count) throws Exception {
        RuntimeProcess runtime = build.startReady(data, false, settings.log(log));
        try (Workloads workloads = new Workloads(runtime, settings.threads())) {
            workloads.steps(machine, prefix, count);
        }
        return runtime;
    }

    private static void print(Settings settings, Map<Build, Sizes> sizes) {
        Build before = settings.before();
        Build after = settings.after();
        int n = settings.diskExecutions();
        Sizes b = sizes.get(before);
        Sizes a = sizes.get(after);
        Table table = new Table("Target 4: disk per finished 3-step execution, " + n + " executions per step; "
                + "apparent / allocated", "measure", before.name(), after.name(), "after / before");
        table.row("data directory after setup, clean stop (S0)", kb(b.setup()), kb(a.setup()), "");
        perExecution(table, "**per execution, clean stop** ((S1 - S0) / N; target <= 5 KB)", b.clean().minus(b.setup()),
                a.clean().minus(a.setup()), n);
        perExecution(table, "per execution, kill -9 ((S2 - S1) / N)", b.killed().minus(b.clean()),
                a.killed().minus(a.clean()), n);
        table.row("after " + 2 * n + " executions and kill -9 (S2)", kb(b.killed()), kb(a.killed()),
                Stats.ratio(a.killed().apparent(), b.killed().apparent()));
        table.row("**clock + 91 days, " + n + " more, clean stop (S3)**", kb(b.expired()), kb(a.expired()),
                Stats.ratio(a.expired().apparent(), b.expired().apparent()));
        table.row("S3 - S2", kb(b.expired().minus(b.killed())), kb(a.expired().minus(a.killed())), "");
        table.row("executions ListExecutions shows at the end (" + n + " = the older " + 2 * n + " expired)",
                Integer.toString(b.listed()), Integer.toString(a.listed()), "");
        table.note("Sizes in KB (1,024 bytes) from du, apparent / allocated. Target: closed executions expire after "
                + "90 days on the runtime's clock and the store reclaims their space (S3 about S1's growth, not S2 "
                + "plus another N).");
        table.print();
    }

    private static void perExecution(Table table, String label, DirectorySize before, DirectorySize after, int n) {
        table.row(label, perExecution(before, n), perExecution(after, n),
                Stats.ratio(after.apparent(), before.apparent()));
    }

    private static String perExecution(DirectorySize size, int n) {
        return Stats.format(size.apparent() / 1024.0 / n) + " / " + Stats.format(size.allocated() / 1024.0 / n);
    }

    private static String kb(DirectorySize size) {
        return Stats.format(size.apparent() / 1024.0) + " / " + Stats.format(size.allocated() / 1024.0);
    }
}
