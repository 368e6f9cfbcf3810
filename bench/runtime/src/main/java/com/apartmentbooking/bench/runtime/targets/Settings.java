package com.apartmentbooking.bench.runtime.targets;

import java.nio.file.Path;

/**
 * What a run measures and how much.
 *
 * @param before the build compared against
 * @param after the build measured
 * @param work where data directories and the processes' logs go (under bench/runtime/target)
 * @param warmupRounds execution rounds run before the measured ones, not counted (the JITs of the runtime and
 *        the clients are still compiling through the first few thousand executions)
 */
record Settings(Build before, Build after, Path work, int warmupRounds, int rounds, int executions, int threads,
        int calls, int callWarmup, int callRounds, int diskExecutions, int startRounds, Path cannedJar) {

    Build[] builds() {
        return new Build[] {before, after};
    }

    /** Both builds, the first of them alternating from round to round so drift hits both alike. */
    Build[] builds(int round) {
        return round % 2 == 0 ? new Build[] {before, after} : new Build[] {after, before};
    }

    Path log(String name) {
        return work.resolve("logs").resolve(name + ".log");
    }
}
