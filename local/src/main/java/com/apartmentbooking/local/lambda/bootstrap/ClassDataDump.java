package com.apartmentbooking.local.lambda.bootstrap;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Writes the instance's class data archive (AppCDS) of every class it has loaded so far, with the HotSpot
 * diagnostic command {@code VM.cds dynamic_dump}, which a JVM started with {@code -XX:+RecordDynamicDumpInfo}
 * serves. The archive is written beside its final name, made durable, then renamed to
 * {@code <prefix>-<CRC-32C of its bytes>.jsa} in one step: readers never see a partial archive, and the runtime
 * tells a damaged one by its checksum.
 *
 * <p>Part of the instances' own jar with {@link InstanceMain}: it needs nothing but the JDK.
 */
public final class ClassDataDump {

    private ClassDataDump() {
    }

    /** Dumps to {@code <prefix>-<checksum>.jsa}; a failure is reported on stderr and leaves no file behind. */
    public static void dump(String prefix) {
        Path partial = Path.of(prefix + "." + ProcessHandle.current().pid() + ".partial");
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmCds",
                    new Object[] {new String[] {"dynamic_dump", partial.toString()}},
                    new String[] {String[].class.getName()});
            if (Files.exists(partial)) {
                Files.move(partial, Path.of(prefix + "-" + checksumAndSync(partial) + ".jsa"),
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | JMException | RuntimeException e) {
            System.err.println("The instance could not write its class data archive: " + e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // The runtime removes what is left of it with the cache's old files.
            }
        }
    }

    /** The checksum an archive's name carries: the CRC-32C of its bytes, as eight hex digits. */
    public static String checksum(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return String.format("%08x", crc.getValue());
    }

    private static String checksumAndSync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return checksum(file);
    }
}
