package com.apartmentbooking.local.events;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Pages of a name-ordered listing. The token names the last item of the previous page, so a listing that changes
 * between pages neither repeats nor skips what stayed.
 */
final class Paging {

    static final int MAX_LIMIT = 100;

    private Paging() {
    }

    static <T> Page<T> page(List<T> all, Function<T, String> name, Integer limit, String nextToken) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw EventsErrors.constraint(limit.toString(), "limit", limit < 1
                    ? "Member must have value greater than or equal to 1"
                    : "Member must have value less than or equal to " + MAX_LIMIT);
        }
        String after = nextToken == null ? null : decode(nextToken);
        int start = 0;
        if (after != null) {
            while (start < all.size() && name.apply(all.get(start)).compareTo(after) <= 0) {
                start++;
            }
        }
        int size = limit == null ? MAX_LIMIT : limit;
        int end = Math.min(all.size(), start + size);
        List<T> items = all.subList(start, end);
        String next = end < all.size() ? encode(name.apply(all.get(end - 1))) : null;
        return new Page<>(List.copyOf(items), next);
    }

    private static String encode(String name) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw EventsErrors.validation("The NextToken provided is invalid.");
        }
    }
}
