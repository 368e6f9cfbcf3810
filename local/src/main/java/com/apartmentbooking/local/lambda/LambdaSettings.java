package com.apartmentbooking.local.lambda;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the runtime runs functions.
 *
 * @param maxInstancesPerFunction how many instances of one function may run at once (its concurrency)
 * @param logDirectory where each function's instance output goes ({@code <function>.log}); null sends it to the
 *     runtime's own log, each line prefixed by the function name
 * @param queueWait how long a synchronous invocation past the concurrency may wait for a free instance before
 *     it is throttled (TooManyRequestsException), as long as no instance is still starting
 * @param codeDirectory where the functions' deployment packages are kept, next to the store that describes them
 *     (so a restart runs the same code); null keeps them in a temporary directory, for a store in memory
 * @param classDataDirectory the cache of the instances' class data archives, shared by runtimes on any data
 *     directory (by default the user's cache directory); null starts instances without archives
 */
public record LambdaSettings(int maxInstancesPerFunction, Path logDirectory, Duration queueWait, Path codeDirectory,
        Path classDataDirectory) {

    /** What suits a two-core machine: a JVM per instance, so a few per function. */
    public static final int DEFAULT_MAX_INSTANCES_PER_FUNCTION = 4;
    public static final Duration DEFAULT_QUEUE_WAIT = Duration.ofSeconds(10);

    public LambdaSettings {
        if (maxInstancesPerFunction < 1) {
            throw new IllegalArgumentException("At least one instance per function: " + maxInstancesPerFunction);
        }
        if (queueWait == null || queueWait.isNegative()) {
            throw new IllegalArgumentException("A queue wait of zero or more: " + queueWait);
        }
    }

    /** Settings with the default class data cache. */
    public LambdaSettings(int maxInstancesPerFunction, Path logDirectory, Duration queueWait, Path codeDirectory) {
        this(maxInstancesPerFunction, logDirectory, queueWait, codeDirectory, ClassDataArchives.userCacheDirectory());
    }

    /** Settings with the default queue wait and class data cache. */
    public LambdaSettings(int maxInstancesPerFunction, Path logDirectory, Path codeDirectory) {
        this(maxInstancesPerFunction, logDirectory, DEFAULT_QUEUE_WAIT, codeDirectory);
    }
}
