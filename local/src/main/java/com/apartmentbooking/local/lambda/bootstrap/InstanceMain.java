package com.apartmentbooking.local.lambda.bootstrap;

import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import java.io.IOException;
import java.io.InputStream;

/**
 * The main class of a function instance: starts the official runtime interface client unchanged, and ends the
 * instance when the runtime that started it is gone. The runtime holds the write end of the instance's stdin
 * and never writes to it, so end of input means the runtime exited (even by kill -9) and no orphaned JVM stays.
 *
 * <p>This class is copied alone into a directory of its own for the instances' class path, so it must stay a
 * single class file (no nested or anonymous classes) that needs nothing but the JDK and the client.
 */
public final class InstanceMain {

    private InstanceMain() {
    }

    public static void main(String[] args) throws Throwable {
        Thread watchdog = new Thread(InstanceMain::haltWhenRuntimeGone, "runtime-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        AWSLambda.main(args);
    }

    private static void haltWhenRuntimeGone() {
        InputStream runtime = System.in;
        byte[] ignored = new byte[256];
        try {
            while (runtime.read(ignored) >= 0) {
                // The runtime never writes; anything read is dropped.
            }
        } catch (IOException e) {
            // A broken pipe means the same as end of input.
        }
        Runtime.getRuntime().halt(1);
    }
}
