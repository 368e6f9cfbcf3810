package com.apartmentbooking.local;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The responses recorded on real AWS that tests compare the runtime with: test resources under
 * {@code conformance/} (its README says what was recorded, where it comes from and its licence).
 */
public final class RecordedAws {

    private RecordedAws() {
    }

    /** A file or folder of the recorded data, e.g. {@code "sfn/cases"}. */
    public static Path path(String relative) {
        URL url = RecordedAws.class.getResource("/conformance/" + relative);
        if (url == null) {
            throw new IllegalStateException("no recorded AWS data at conformance/" + relative + " on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a test resource URL that is not a URI: " + url, e);
        }
    }
}
