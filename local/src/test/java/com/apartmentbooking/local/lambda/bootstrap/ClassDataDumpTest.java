package com.apartmentbooking.local.lambda.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of a JVM's options the JVM that dumps its archive repeats. */
class ClassDataDumpTest {

    @Test
    void theDumpingJvmRepeatsWhatSizesTheJvmButNotTheFilesItWritesTheWorkItStartsOrItsMetaspaceLimit() {
        List<String> instance = List.of("-XX:MaxRAM=512m", "-XX:MaxHeapSize=445644k", "-XX:MaxMetaspaceSize=52428k",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:ArchiveRelocationMode=0", "-Djava.net.preferIPv4Stack=true",
                "-XX:DumpLoadedClassList=/cache/key.1.classlist", "-Xlog:cds=off",
                "-XX:ErrorFile=/tmp/hs_err_pid%p.log", "-Xlog:class+load=info:file=/tmp/loads/%p.log",
                "-XX:StartFlightRecording=filename=f.jfr", "-XX:+RecordDynamicDumpInfo", "-Xmx300m", "-Xss512k",
                "-javaagent:/agents/agent.jar", "-agentlib:jdwp=transport=dt_socket,address=5005",
                "-XX:NativeMemoryTracking=summary");

        assertEquals(List.of("-XX:MaxRAM=512m", "-XX:MaxHeapSize=445644k", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                "-Xmx300m", "-Xss512k"), ClassDataDump.repeatedOptions(instance));
    }
}
