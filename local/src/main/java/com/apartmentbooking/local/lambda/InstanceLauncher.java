package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.clock.Clock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the JVM of a function instance: {@code java -cp <runtime client>:<code> <InstanceMain> <handler>}, in
 * the function's task root, with the instance's environment only, the heap sized from the function's memory,
 * the JIT settings Lambda's Java runtimes use for fast starts and, when asked, the agent that gives it the
 * runtime's clock.
 */
final class InstanceLauncher {

    /** Lambda gives the heap most, not all, of the function's memory. */
    private static final double HEAP_SHARE = 0.85;

    private final InstanceClassPath classPath;
    private final FunctionCodeFiles code;
    private final InstanceEnvironment environment;
    private final Clock clock;
    private final InstanceClock instanceClock;
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");

    InstanceLauncher(InstanceClassPath classPath, FunctionCodeFiles code, InstanceEnvironment environment, Clock clock,
            InstanceClock instanceClock) {
        this.classPath = classPath;
        this.code = code;
        this.environment = environment;
        this.clock = clock;
        this.instanceClock = instanceClock;
    }

    /** Whether an instance started now needs the clock agent (see {@link InstanceClock}). */
    boolean runtimeClockAhead() {
        return instanceClock.aheadOfWallClock();
    }

    /**
     * Starts an instance polling {@code runtimeApi}. Its stdin stays an open pipe the runtime never writes to
     * (the instance's watchdog exits at its end); stdout and stderr come back merged.
     */
    Process launch(LambdaFunction function, String runtimeApi, boolean followRuntimeClock) throws IOException {
        Path codePath = code.path(function.code());
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-XX:MaxHeapSize=" + Math.max(16, (int) (function.memorySize() * HEAP_SHARE)) + "m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-Djava.net.preferIPv4Stack=true");
        command.addAll(classPath.jvmOptions());
        if (followRuntimeClock) {
            command.add(instanceClock.jvmOption());
        }
        // A crashing JVM writes its report to the working directory, which is the function's code; not there.
        command.add("-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "hs_err_lambda_pid%p.log"));
        command.add("-cp");
        command.add(classPath.forFunction(codePath));
        command.add(classPath.mainClass());
        command.add(function.handler());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(InstanceEnvironment.taskRoot(codePath).toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().clear();
        builder.environment().putAll(environment.of(function, codePath, runtimeApi, clock.now()));
        return builder.start();
    }
}
