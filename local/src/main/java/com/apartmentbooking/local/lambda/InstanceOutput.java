package com.apartmentbooking.local.lambda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Where the output of a function's instances goes: a {@code <function>.log} file of its own, or the runtime's
 * log with each line prefixed by the function name.
 */
final class InstanceOutput {

    private static final System.Logger LOG = System.getLogger("com.apartmentbooking.local.lambda.functions");

    private final String functionName;
    private final Path file;

    /** @param logDirectory null for the runtime's log */
    InstanceOutput(String functionName, Path logDirectory) {
        this.functionName = functionName;
        this.file = logDirectory == null ? null : logDirectory.resolve(functionName + ".log");
    }

    /**
     * Copies the lines of an instance's output (stdout and stderr merged) on a thread of their own until it ends,
     * handing each also to {@code alsoTo}.
     */
    void drain(InputStream output, String instanceName, Consumer<String> alsoTo) {
        Thread pump = new Thread(() -> copy(output, alsoTo), instanceName + "-output");
        pump.setDaemon(true);
        pump.start();
    }

    private void copy(InputStream output, Consumer<String> alsoTo) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                write(line);
                alsoTo.accept(line);
            }
        } catch (IOException e) {
            // The instance's process is gone; so is its output.
        }
    }

    private void write(String line) {
        if (file == null) {
            LOG.log(System.Logger.Level.INFO, "[" + functionName + "] " + line);
            return;
        }
        synchronized (this) {
            try {
                Files.createDirectories(file.getParent());
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                    out.write(line);
                    out.write('\n');
                }
            } catch (IOException e) {
                // The line goes to the runtime's log instead: the output must keep draining, or the instance
                // would block on a full pipe.
                LOG.log(System.Logger.Level.WARNING, "[" + functionName + "] " + line + " (log file: " + e + ")");
            }
        }
    }
}
