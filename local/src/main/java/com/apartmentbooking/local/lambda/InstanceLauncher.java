package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.clock.Clock;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the JVM of a function instance: {@code java -cp <runtime client>:<code> <InstanceMain> <handler>}, in
 * the function's task root, with the instance's environment only, the options Lambda's Java runtimes use
 * ({@link InstanceJvmOptions}), the function's class data archive when there is one (or the means to record
 * it) and, when asked, the agent that gives it the runtime's clock.
 */
final class InstanceLauncher {

    /** The variable a function sets JVM options with, as on Lambda; the JVM reads it from the environment. */
    private static final String JAVA_TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";

    private final InstanceClassPath classPath;
    private final FunctionCodeFiles code;
    private final ClassDataArchives archives;
    private final InstanceEnvironment environment;
    private final Clock clock;
    private final InstanceClock instanceClock;
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");

    InstanceLauncher(InstanceClassPath classPath, FunctionCodeFiles code, ClassDataArchives archives,
            InstanceEnvironment environment, Clock clock, InstanceClock instanceClock) {
        this.classPath = classPath;
        this.code = code;
        this.archives = archives;
        this.environment = environment;
        this.clock = clock;
        this.instanceClock = instanceClock;
    }

    /** A started instance's process and what it does with class data archives. */
    record Launched(Process process, ClassDataUse classData) {
    }

    /** Whether an instance started now needs the clock agent (see {@link InstanceClock}). */
    boolean runtimeClockAhead() {
        return instanceClock.aheadOfWallClock();
    }

    /**
     * Starts an instance polling {@code runtimeApi}. Its stdin stays an open pipe the runtime writes nothing to
     * but, once, where to write its class data archive (the instance's watchdog exits at its end); stdout and
     * stderr come back merged. An instance reading the runtime's clock maps an archive but records none: its
     * agent changes the classes it loads.
     */
    Launched launch(LambdaFunction function, String runtimeApi, boolean followRuntimeClock) throws IOException {
        Path codePath = code.path(function.code());
        Map<String, String> env = environment.of(function, codePath, runtimeApi, clock.now());
        List<String> vmOptions = new ArrayList<>(InstanceJvmOptions.forMemory(function.memorySize()));
        vmOptions.addAll(classPath.jvmOptions());
        List<Path> instanceClassPath = classPath.forFunction(archives.stableCode(codePath));
        List<String> keyed = new ArrayList<>(vmOptions);
        keyed.add(JAVA_TOOL_OPTIONS + "=" + env.getOrDefault(JAVA_TOOL_OPTIONS, ""));
        ClassDataUse classData = archives.use(archives.key(keyed, instanceClassPath), !followRuntimeClock);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(vmOptions);
        command.addAll(classData.jvmOptions());
        if (followRuntimeClock) {
            command.add(instanceClock.jvmOption());
        }
        // A crashing JVM writes its report to the working directory, which is the function's code; not there.
        command.add("-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "hs_err_lambda_pid%p.log"));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, instanceClassPath.stream().map(Path::toString).toList()));
        command.add(classPath.mainClass());
        command.add(function.handler());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(InstanceEnvironment.taskRoot(codePath).toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().clear();
        builder.environment().putAll(env);
        try {
            return new Launched(builder.start(), classData);
        } catch (IOException | RuntimeException e) {
            classData.ended();
            throw e;
        }
    }
}
