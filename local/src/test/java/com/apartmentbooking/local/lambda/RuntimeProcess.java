package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.lambda.fixtures.SleepingHandler;
import com.apartmentbooking.local.store.Store;
import java.nio.charset.StandardCharsets;

/**
 * A runtime in a process of its own, for tests that kill it: starts an instance busy with a two-minute
 * invocation (so its runtime client is not polling and would not notice the runtime is gone), prints
 * {@code INSTANCE <pid>} for each process the runtime started, then {@code READY}, and waits to be killed.
 */
public final class RuntimeProcess {

    private RuntimeProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        LambdaRuntime runtime = new LambdaRuntime(Store.inMemory(), 1);
        runtime.createFunction("sleepy", SleepingHandler.class, 300);
        runtime.lambda.prewarm("sleepy");
        runtime.lambda.api().invoke("sleepy", "{\"sleepMillis\":120000}".getBytes(StandardCharsets.UTF_8));
        // Gives the instance a moment to take the invocation into its handler.
        Thread.sleep(1000);
        ProcessHandle.current().descendants().forEach(child -> System.out.println("INSTANCE " + child.pid()));
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
