package com.apartmentbooking.bench.runtime.targets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The resident memory of a process and of each of its descendants, two ways. VmRSS (/proc/&lt;pid&gt;/status)
 * counts every page a process maps, so the pages function JVMs share (the JVM's library, the JDK's class data
 * archive, a function's archive mapped by its two instances) are counted once per process. PSS
 * (/proc/&lt;pid&gt;/smaps_rollup) divides each shared page among the processes that map it, so the PSS of the
 * processes adds up to the memory the tree holds.
 *
 * @param processes each process's name and resident KB, the root first
 */
record ProcessTreeMemory(List<Resident> processes) {

    /** One process: a short name (the runtime, or a function JVM by its handler) and its resident KB. */
    record Resident(String name, long rssKilobytes, long pssKilobytes) {
    }

    static ProcessTreeMemory of(long pid) throws IOException {
        List<Resident> processes = new ArrayList<>();
        ProcessHandle root = ProcessHandle.of(pid).orElseThrow();
        add(processes, root, "runtime");
        for (ProcessHandle child : root.descendants().toList()) {
            String[] arguments = child.info().arguments().orElse(new String[0]);
            add(processes, child, arguments.length == 0 ? "pid " + child.pid() : arguments[arguments.length - 1]);
        }
        return new ProcessTreeMemory(List.copyOf(processes));
    }

    long rssKilobytes() {
        return processes.stream().mapToLong(Resident::rssKilobytes).sum();
    }

    long pssKilobytes() {
        return processes.stream().mapToLong(Resident::pssKilobytes).sum();
    }

    /**
     * The tree as issue #14's target 5 names it, the runtime and one instance of each function: of a function's
     * instances, the one with the most {@code measure}, so that this never reads low.
     */
    ProcessTreeMemory oneInstanceEach(ToLongFunction<Resident> measure) {
        Map<String, Resident> largest = new LinkedHashMap<>();
        for (Resident process : processes) {
            largest.merge(process.name(), process,
                    (one, other) -> Comparator.comparingLong(measure).compare(one, other) >= 0 ? one : other);
        }
        return new ProcessTreeMemory(List.copyOf(largest.values()));
    }

    private static void add(List<Resident> processes, ProcessHandle process, String name) throws IOException {
        try {
            Path proc = Path.of("/proc", Long.toString(process.pid()));
            long rss = field(Files.readAllLines(proc.resolve("status")), "VmRSS:");
            long pss = field(Files.readAllLines(proc.resolve("smaps_rollup")), "Pss:");
            processes.add(new Resident(name, rss, pss));
        } catch (NoSuchFileException exited) {
            return;
        }
    }

    private static long field(List<String> lines, String name) {
        return lines.stream().filter(line -> line.startsWith(name)).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .orElseThrow(() -> new IllegalStateException("no " + name + " line"));
    }
}
