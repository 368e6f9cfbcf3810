package com.apartmentbooking.bench.runtime.targets;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A directory's size as du reports it: apparent (the files' lengths) and allocated (the disk blocks they hold).
 *
 * @param apparent bytes
 * @param allocated bytes
 */
record DirectorySize(long apparent, long allocated) {

    static DirectorySize of(Path directory) throws IOException, InterruptedException {
        return new DirectorySize(du(directory, true), du(directory, false));
    }

    DirectorySize minus(DirectorySize other) {
        return new DirectorySize(apparent - other.apparent, allocated - other.allocated);
    }

    private static long du(Path directory, boolean apparent) throws IOException, InterruptedException {
        ProcessBuilder command = apparent
                ? new ProcessBuilder("du", "-s", "-B1", "--apparent-size", directory.toString())
                : new ProcessBuilder("du", "-s", "-B1", directory.toString());
        Process du = command.redirectErrorStream(true).start();
        String answer = new String(du.getInputStream().readAllBytes()).trim();
        if (du.waitFor() != 0) {
            throw new IllegalStateException("du failed: " + answer);
        }
        return Long.parseLong(answer.split("\\s+")[0]);
    }
}
