package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/** Where a command writes: human-readable lines, or with {@code --json} one JSON document per result. */
final class Output {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    Output(PrintWriter out, PrintWriter err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    boolean json() {
        return json;
    }

    void line(String text) {
        out.println(text);
        out.flush();
    }

    void document(JsonNode document) {
        out.println(CliJson.compact(document));
        out.flush();
    }

    /** A note for the person at the terminal (stderr), so that stdout stays the command's result. */
    void note(String text) {
        err.println(text);
        err.flush();
    }
}
