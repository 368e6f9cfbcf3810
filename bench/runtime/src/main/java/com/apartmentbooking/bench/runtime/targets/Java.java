package com.apartmentbooking.bench.runtime.targets;

import java.nio.file.Path;

/** The JVM every measured process runs on: the one running the bench. */
final class Java {

    private Java() {
    }

    static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
