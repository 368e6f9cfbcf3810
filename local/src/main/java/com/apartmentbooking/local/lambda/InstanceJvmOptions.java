package com.apartmentbooking.local.lambda;

import java.util.List;

/**
 * The JVM options Lambda's Java runtimes start a function with, sized from its memory: 85% of it for the heap,
 * 10% for metaspace and 5% for the code cache, the serial collector, C1 only and class data sharing. The JVM
 * is also told the function's memory is all the memory there is, as the execution environment's limit tells it
 * on Lambda, so what it sizes from the machine (the initial heap, first of all) follows the function's memory
 * rather than the host's. A function's own {@code JAVA_TOOL_OPTIONS} comes after these, as on Lambda.
 *
 * <p>One option is this runtime's own: class data archives are mapped where they were made rather than at a
 * random address. Mapped elsewhere, every pointer in them is rewritten at start, which makes all their pages
 * private copies in every instance; mapped in place, instances share the pages of the file and only those
 * they use are resident.
 */
final class InstanceJvmOptions {

    private static final double HEAP_SHARE = 0.85;
    private static final double METASPACE_SHARE = 0.10;
    private static final double CODE_CACHE_SHARE = 0.05;

    private InstanceJvmOptions() {
    }

    static List<String> forMemory(int memoryMegabytes) {
        long kilobytes = memoryMegabytes * 1024L;
        return List.of(
                "-XX:MaxRAM=" + memoryMegabytes + "m",
                "-XX:MaxHeapSize=" + share(kilobytes, HEAP_SHARE) + "k",
                "-XX:MaxMetaspaceSize=" + share(kilobytes, METASPACE_SHARE) + "k",
                "-XX:ReservedCodeCacheSize=" + share(kilobytes, CODE_CACHE_SHARE) + "k",
                "-XX:+UseSerialGC",
                "-XX:+TieredCompilation",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-XX:+UnlockDiagnosticVMOptions",
                "-XX:ArchiveRelocationMode=0",
                "-Djava.net.preferIPv4Stack=true");
    }

    private static long share(long kilobytes, double share) {
        return (long) (kilobytes * share);
    }
}
