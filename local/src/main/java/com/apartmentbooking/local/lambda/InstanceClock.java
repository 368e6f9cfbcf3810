package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.clock.MovableClock;
import com.apartmentbooking.local.lambda.clockagent.ClockAgent;
import com.apartmentbooking.local.lambda.clockagent.RuntimeTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The runtime's clock as function instances read it. Instances run {@link ClockAgent}, which makes their JVM's
 * wall-clock reads ({@code Instant.now()}, {@code System.currentTimeMillis()}, {@code new Date()}, ...) add the
 * runtime clock's lead over the wall clock; this class keeps that lead in a small file every instance maps, and
 * is the one place that writes it: when the clock moves, so running instances see an advance at once.
 *
 * <p>The agent costs every class load a little (the JVM hands it each class, even from the shared archive), so
 * instances get it only once the runtime's clock has left the wall clock: until an operator's first advance,
 * wall time is the runtime's time. An instance started without it is retired when the clock moves ahead.
 *
 * <p>The agent's jar is made here from the runtime's own classes, so it is there whether the runtime runs from
 * its jar or from compiled classes.
 */
final class InstanceClock implements AutoCloseable {

    private static final String AGENT_JAR = "clock-agent.jar";
    /** The agent's package, class by class (it has no nested classes). */
    private static final List<String> AGENT_CLASSES =
            List.of("ClockAgent", "RuntimeTime", "TimeCallRedirect", "TimeCallTransformer");
    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final Clock clock;
    private final Path directory;
    private final Path agentJar;
    private final Path leadFile;
    private final ByteBuffer lead;
    private volatile boolean closed;

    InstanceClock(Clock clock) {
        this.clock = clock;
        try {
            directory = Files.createTempDirectory("lambda-clock");
            agentJar = writeAgentJar(directory.resolve(AGENT_JAR));
            leadFile = directory.resolve("lead");
            try (FileChannel channel = FileChannel.open(leadFile, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                lead = channel.map(FileChannel.MapMode.READ_WRITE, 0, RuntimeTime.FILE_SIZE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the function instances' clock", e);
        }
        publish();
        if (clock instanceof MovableClock movable) {
            movable.onMove(this::publish);
        }
    }

    /** Whether an instance must run the agent to read the runtime's time: the clock is not the wall clock. */
    boolean aheadOfWallClock() {
        return !leadOverWallClock().isZero();
    }

    /** The JVM option that makes an instance read this clock. */
    String jvmOption() {
        return "-javaagent:" + agentJar + "=" + leadFile;
    }

    /** Writes the clock's current lead over the wall clock where every instance reads it. */
    void publish() {
        if (!closed) {
            LONGS.setVolatile(lead, RuntimeTime.OFFSET_POSITION, micros(leadOverWallClock()));
        }
    }

    private Duration leadOverWallClock() {
        return clock instanceof MovableClock movable ? movable.aheadOfWallClock()
                : Duration.between(Instant.now(), clock.now());
    }

    private static long micros(Duration duration) {
        return Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1000);
    }

    private static Path writeAgentJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Premain-Class", ClockAgent.class.getName());
        attributes.putValue("Can-Retransform-Classes", "true");
        // The JDK's classes call RuntimeTime once redirected, so the agent is loaded by the boot class loader.
        attributes.putValue("Boot-Class-Path", AGENT_JAR);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            String agentPackage = ClockAgent.class.getPackageName().replace('.', '/') + "/";
            for (String name : AGENT_CLASSES) {
                out.putNextEntry(new JarEntry(agentPackage + name + ".class"));
                try (InputStream in = ClockAgent.class.getResourceAsStream(name + ".class")) {
                    if (in == null) {
                        throw new IllegalStateException("The class file of the clock agent's " + name + " is missing");
                    }
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    @Override
    public void close() {
        closed = true;
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temp directory left behind is harmless.
        }
    }
}
