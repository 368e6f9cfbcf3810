package com.apartmentbooking.local.dynamodb.sdk;

import java.nio.file.Path;

/**
 * The runtime in a process of its own for {@link DurabilitySdkTest}: a front door with DynamoDB and Streams on a
 * durable store in the directory given as the argument. Prints {@code PORT <n>} when it listens, then serves until it
 * is killed.
 */
public final class DurableChild {

    private DurableChild() {
    }

    public static void main(String[] args) throws Exception {
        SdkRuntime runtime = SdkRuntime.durable(Path.of(args[0]));
        System.out.println("PORT " + runtime.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
