package com.apartmentbooking.local.appsync.schema;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@code AWSURL}: a URL with a scheme ({@code https://...}, {@code mailto:...}) whose path has no two forward
 * slashes in a row, as AppSync documents.
 */
final class Urls {

    private Urls() {
    }

    static boolean isUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && (uri.getRawPath() == null || !uri.getRawPath().contains("//"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
