package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One run of the CLI as a user types it: its exit code and what it printed on stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BookingCli.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** stdout as the one JSON document {@code --json} prints. */
    JsonNode json() {
        return CliJson.parse(out, "the CLI's --json output");
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
