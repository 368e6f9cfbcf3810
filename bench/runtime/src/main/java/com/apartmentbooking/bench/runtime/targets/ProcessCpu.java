package com.apartmentbooking.bench.runtime.targets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's CPU time so far, user plus system, from /proc/&lt;pid&gt;/stat (all its threads). */
final class ProcessCpu {

    private static final long TICKS_PER_SECOND = ticksPerSecond();

    private ProcessCpu() {
    }

    static double millis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the command name (which may hold spaces) start with field 3, the state; utime and stime
        // are fields 14 and 15.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000.0 / TICKS_PER_SECOND;
    }

    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor();
            return Long.parseLong(answer);
        } catch (IOException | InterruptedException | NumberFormatException e) {
            return 100;
        }
    }
}
