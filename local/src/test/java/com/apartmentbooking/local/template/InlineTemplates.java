package com.apartmentbooking.local.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes a small template into a test's directory and loads it, so each test shows the YAML it checks. */
final class InlineTemplates {

    static final StackSettings SETTINGS =
            new StackSettings("s", "eu-west-1", "111122223333", URI.create("http://127.0.0.1:9000"));

    private InlineTemplates() {
    }

    /** A function whose Environment.Variables are the given YAML lines, the usual way a template passes values. */
    static String functionWithEnvironment(String variables) {
        return """
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: h::handleRequest
                      Runtime: java21
                      CodeUri: code.jar
                      Environment:
                        Variables:
                """ + variables.indent(10);
    }

    static ResolvedTemplate load(Path directory, String yaml, Map<String, String> overrides) {
        Path file = directory.resolve("template.yaml");
        try {
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return TemplateLoader.load(file, overrides, SETTINGS);
    }

    static Map<String, String> environment(Path directory, String yaml) {
        return load(directory, yaml, Map.of()).function("Fn").environment();
    }
}
