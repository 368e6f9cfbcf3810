package com.apartmentbooking.local.appsync;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Pages of AppSync's listings: {@code maxResults} 0 to 25 (0 or none: 25), {@code nextToken} an opaque token of
 * where the next page starts.
 */
final class Paging {

    static final int MAX_RESULTS = 25;
    private static final String TOKEN_PREFIX = "page:";

    /** One page and the token of the next, null on the last. */
    record Page<T>(List<T> items, String nextToken) {
    }

    private Paging() {
    }

    /**
     * @param maxResults the query parameter as sent, or null
     * @param nextToken the query parameter as sent, or null
     */
    static <T> Page<T> page(List<T> all, String maxResults, String nextToken) {
        int size = size(maxResults);
        int start = nextToken == null ? 0 : start(nextToken);
        if (start > all.size()) {
            throw AppSyncErrors.invalidNextToken();
        }
        int end = Math.min(all.size(), start + size);
        return new Page<>(List.copyOf(all.subList(start, end)), end < all.size() ? token(end) : null);
    }

    private static int size(String maxResults) {
        if (maxResults == null) {
            return MAX_RESULTS;
        }
        int value;
        try {
            value = Integer.parseInt(maxResults);
        } catch (NumberFormatException e) {
            throw AppSyncErrors.badRequest("Invalid value for maxResults: " + maxResults);
        }
        if (value < 0) {
            throw AppSyncErrors.invalidMember(maxResults, "maxResults",
                    "Member must have value greater than or equal to 0");
        }
        if (value > MAX_RESULTS) {
            throw AppSyncErrors.invalidMember(maxResults, "maxResults",
                    "Member must have value less than or equal to " + MAX_RESULTS);
        }
        return value == 0 ? MAX_RESULTS : value;
    }

    private static String token(int start) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + start).getBytes(StandardCharsets.UTF_8));
    }

    private static int start(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.startsWith(TOKEN_PREFIX)) {
                throw AppSyncErrors.invalidNextToken();
            }
            return Integer.parseInt(text.substring(TOKEN_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw AppSyncErrors.invalidNextToken();
        }
    }
}
