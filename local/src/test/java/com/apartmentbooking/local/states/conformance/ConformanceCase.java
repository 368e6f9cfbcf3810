package com.apartmentbooking.local.states.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * One recorded case of the corpus (format in the corpus README).
 *
 * @param id the file name without ".json": unique, unlike the recorded "name", and without spaces,
 *           so it is what the known-failures file lists
 * @param placeholders the redaction tokens the case declares; empty when it compares exactly
 */
record ConformanceCase(String id, String name, String area, JsonNode definition, JsonNode input,
                       ExpectedOutcome expected, Set<String> placeholders) {

    ConformanceCase {
        placeholders = Set.copyOf(placeholders);
    }

    static ConformanceCase read(Path file) {
        JsonNode json;
        try {
            json = ConformanceJson.MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read case " + file, e);
        }
        String fileName = file.getFileName().toString();
        Set<String> placeholders = new HashSet<>();
        if (json.has("placeholders")) {
            json.get("placeholders").forEach(token -> placeholders.add(token.textValue()));
        }
        return new ConformanceCase(
                fileName.substring(0, fileName.length() - ".json".length()),
                json.required("name").textValue(),
                json.required("area").textValue(),
                json.required("definition"),
                json.required("input"),
                ExpectedOutcome.from(json.required("expected")),
                placeholders);
    }

    /** A fresh matcher: bindings made while comparing one case must not leak into another. */
    Placeholders newPlaceholders() {
        return Placeholders.declared(placeholders);
    }
}
