package com.apartmentbooking.local.runtime;

import java.nio.file.Path;

/** A program that records its classes with {@link ClassDataArchive} given an archive, and just ends given none. */
final class ClassDataArchiveRecorder {

    private ClassDataArchiveRecorder() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            return;
        }
        try {
            ClassDataArchive.record(Path.of(args[0]));
        } catch (Exception e) {
            System.err.println(e);
            System.exit(3);
        }
    }
}
