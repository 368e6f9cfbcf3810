package com.apartmentbooking.local.lambda.clockagent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java agent of function instances ({@code -javaagent:<jar>=<lead file>}): makes the instance's JVM read the
 * runtime's clock wherever it reads the wall clock, live. It maps the runtime's lead file, points every class's
 * wall-clock reads at {@link RuntimeTime} as the class loads, and does the same for the JDK classes loaded before
 * it ran ({@code java.time.Clock}'s system clock, {@code java.util.Date}, ...). {@code System.nanoTime()} is left
 * alone: it measures durations, which an advance does not change.
 *
 * <p>Its jar is on the boot class path, so the JDK's own classes can call {@link RuntimeTime}.
 */
public final class ClockAgent implements Runnable {

    private final Instrumentation instrumentation;

    private ClockAgent(Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
    }

    public static void premain(String leadFile, Instrumentation instrumentation)
            throws IOException, ReflectiveOperationException {
        Module runtimeTime = RuntimeTime.class.getModule();
        instrumentation.redefineModule(Object.class.getModule(), Set.of(runtimeTime),
                Map.of("jdk.internal.misc", Set.of(runtimeTime)), Map.of(), Set.of(), Map.of());
        RuntimeTime.start(map(Path.of(leadFile)));
        // Links everything the readings use now, before any class is redirected to them.
        RuntimeTime.currentTimeMillis();
        RuntimeTime.getNanoTimeAdjustment(0);
        instrumentation.addTransformer(new TimeCallTransformer(instrumentation), true);
        // Off the start's path: reading the class files of the classes loaded so far takes tens of milliseconds,
        // and a plain JVM has loaded none that read the clock by now; this covers other agents started earlier.
        Thread redirectLoaded = new Thread(new ClockAgent(instrumentation), "clock-agent");
        redirectLoaded.setDaemon(true);
        redirectLoaded.start();
    }

    /** Redirects the wall-clock reads of the classes loaded before the agent. */
    @Override
    public void run() {
        try {
            Class<?>[] loaded = loadedReadingWallClock(instrumentation);
            if (loaded.length > 0) {
                instrumentation.retransformClasses(loaded);
            }
        } catch (IOException | UnmodifiableClassException | RuntimeException failure) {
            System.err.println("The runtime's clock agent could not redirect the classes loaded before it: " + failure);
        }
    }

    private static ByteBuffer map(Path leadFile) throws IOException {
        try (FileChannel channel = FileChannel.open(leadFile, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, RuntimeTime.FILE_SIZE);
        }
    }

    /**
     * The classes loaded before the agent that read the wall clock. Retransforming a class costs far more than
     * reading its class file, and few of the JDK classes loaded this early read the clock, so only those are.
     */
    private static Class<?>[] loadedReadingWallClock(Instrumentation instrumentation) throws IOException {
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            String name = type.getName().replace('.', '/');
            if (instrumentation.isModifiableClass(type) && !type.isHidden() && !type.isArray()
                    && TimeCallTransformer.redirects(name) && readsWallClock(type, name)) {
                loaded.add(type);
            }
        }
        return loaded.toArray(new Class<?>[0]);
    }

    private static boolean readsWallClock(Class<?> type, String name) throws IOException {
        try (InputStream in = type.getResourceAsStream("/" + name + ".class")) {
            return in != null && TimeCallRedirect.apply(in.readAllBytes()) != null;
        }
    }
}
