package com.apartmentbooking.local.lambda.bootstrap;

import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The main class of a function instance: starts the official runtime interface client unchanged, and ends the
 * instance when the runtime that started it is gone. The runtime holds the write end of the instance's stdin,
 * so end of input means the runtime exited (even by kill -9) and no orphaned JVM stays. The only thing the
 * runtime writes there is, once, the name of the class data archive to write ({@link ClassDataDump}); the
 * archive is finished before end of input is acted on, so a runtime stopping meanwhile still gets it.
 *
 * <p>This class and {@link ClassDataDump} make the instances' own jar, so they must stay single class files
 * (no nested or anonymous classes) that need nothing but the JDK and the client.
 */
public final class InstanceMain {

    private InstanceMain() {
    }

    public static void main(String[] args) throws Throwable {
        Thread watchdog = new Thread(InstanceMain::followRuntime, "runtime-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        AWSLambda.main(args);
    }

    private static void followRuntime() {
        try (BufferedReader runtime = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String archivePrefix;
            while ((archivePrefix = runtime.readLine()) != null) {
                if (!archivePrefix.isBlank()) {
                    ClassDataDump.dump(archivePrefix);
                }
            }
        } catch (IOException e) {
            // A broken pipe means the same as end of input.
        }
        Runtime.getRuntime().halt(1);
    }
}
