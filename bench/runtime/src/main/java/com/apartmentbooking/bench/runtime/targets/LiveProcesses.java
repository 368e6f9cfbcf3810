package com.apartmentbooking.bench.runtime.targets;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Every server process the bench started and has not seen exit, killed with their children if the bench ends early. */
final class LiveProcesses {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(LiveProcesses::killAll, "kill-servers"));
    }

    private LiveProcesses() {
    }

    static Process track(Process process) {
        LIVE.add(process);
        process.onExit().thenRun(() -> LIVE.remove(process));
        return process;
    }

    private static void killAll() {
        for (Process process : LIVE) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
