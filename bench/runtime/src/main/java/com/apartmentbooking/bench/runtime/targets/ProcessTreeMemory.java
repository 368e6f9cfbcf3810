package com.apartmentbooking.bench.runtime.targets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The resident memory (VmRSS of /proc/&lt;pid&gt;/status) of a process and of each of its descendants.
 *
 * @param processes each process's name and resident KB, the root first
 */
record ProcessTreeMemory(List<Resident> processes) {

    /** One process: a short name (the runtime, or a function JVM by its handler) and its resident KB. */
    record Resident(String name, long kilobytes) {
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

    long totalKilobytes() {
        return processes.stream().mapToLong(Resident::kilobytes).sum();
    }

    private static void add(List<Resident> processes, ProcessHandle process, String name) throws IOException {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    processes.add(new Resident(name, Long.parseLong(line.replaceAll("[^0-9]", ""))));
                }
            }
        } catch (NoSuchFileException exited) {
            return;
        }
    }
}
