package com.apartmentbooking.bench.dynamodb;

import com.apartmentbooking.local.clock.RuntimeClock;
import com.apartmentbooking.local.clock.StoredClockOffset;
import com.apartmentbooking.local.dynamodb.LocalDynamoDb;
import com.apartmentbooking.local.dynamodbstreams.LocalDynamoDbStreams;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.store.Store;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Our runtime as the benchmark's target: a {@link FrontDoor} with DynamoDB and Streams ({@link LocalDynamoDb}) on a
 * durable {@link Store} in the given directory and the runtime's clock, on the given loopback port. Prints
 * {@code READY <port>} and serves until killed.
 *
 * <pre>java -cp dynamodb-bench.jar com.apartmentbooking.bench.dynamodb.LocalServer PORT DATA_DIR|memory</pre>
 */
public final class LocalServer {

    private LocalServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        // "memory" instead of a directory: Store.inMemory(), to tell the cost of durability from the rest.
        Store store = args[1].equals("memory") ? Store.inMemory() : Store.open(Path.of(args[1]));
        RuntimeClock clock = new RuntimeClock(Clock.systemUTC(), new StoredClockOffset(store));
        LocalDynamoDb dynamoDb = LocalDynamoDb.start(store, clock, clock);
        FrontDoor.Builder door = dynamoDb.registerOn(FrontDoor.builder().port(port).bindAddress("127.0.0.1"));
        FrontDoor frontDoor = new LocalDynamoDbStreams(dynamoDb.service()).registerOn(door).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            frontDoor.close();
            dynamoDb.close();
            clock.close();
            store.close();
        }));
        System.out.println("READY " + frontDoor.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
