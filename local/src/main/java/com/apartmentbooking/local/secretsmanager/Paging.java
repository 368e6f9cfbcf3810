package com.apartmentbooking.local.secretsmanager;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * ListSecrets' pages. The token names the last secret of the previous page by its creation date and name, so a
 * listing that changes between pages neither repeats nor skips a secret that stayed.
 */
final class Paging {

    static final int MAX_RESULTS = 100;

    private Paging() {
    }

    static SecretsManagerService.Page page(List<Secret> secrets, boolean newestFirst, Integer maxResults,
            String nextToken) {
        Comparator<Secret> order = Comparator.comparing(Secret::created).thenComparing(Secret::name);
        if (newestFirst) {
            order = order.reversed();
        }
        List<Secret> sorted = new ArrayList<>(secrets);
        sorted.sort(order);
        int start = 0;
        if (nextToken != null) {
            String after = decode(nextToken);
            while (start < sorted.size() && order.compare(sorted.get(start), marker(after)) <= 0) {
                start++;
            }
        }
        int end = Math.min(sorted.size(), start + (maxResults == null ? MAX_RESULTS : maxResults));
        String next = end < sorted.size() ? encode(sorted.get(end - 1)) : null;
        return new SecretsManagerService.Page(List.copyOf(sorted.subList(start, end)), next);
    }

    private static String encode(Secret last) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((last.created() + " " + last.name()).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            marker(text);
            return text;
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw SecretsManagerErrors.invalidNextToken();
        }
    }

    /** A secret that sorts where the token's last secret did. */
    private static Secret marker(String token) {
        int space = token.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("no separator");
        }
        return new Secret(token.substring(space + 1), "", null, java.time.Instant.parse(token.substring(0, space)),
                null, null, List.of());
    }
}
