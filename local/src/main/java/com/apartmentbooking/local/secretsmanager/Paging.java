package com.apartmentbooking.local.secretsmanager;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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

    /** Where a secret sorts: by creation date, then name. */
    private record Position(Instant created, String name) {

        static final Comparator<Position> ORDER = Comparator.comparing(Position::created)
                .thenComparing(Position::name);

        static Position of(Secret secret) {
            return new Position(secret.created(), secret.name());
        }

        String token() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((created + " " + name).getBytes(StandardCharsets.UTF_8));
        }

        static Position fromToken(String token) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                int space = text.indexOf(' ');
                if (space < 0) {
                    throw SecretsManagerErrors.invalidNextToken();
                }
                return new Position(Instant.parse(text.substring(0, space)), text.substring(space + 1));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw SecretsManagerErrors.invalidNextToken();
            }
        }
    }

    private Paging() {
    }

    static SecretsManagerService.Page page(List<Secret> secrets, boolean newestFirst, Integer maxResults,
            String nextToken) {
        Comparator<Position> order = newestFirst ? Position.ORDER.reversed() : Position.ORDER;
        List<Secret> sorted = new ArrayList<>(secrets);
        sorted.sort(Comparator.comparing(Position::of, order));
        int start = 0;
        if (nextToken != null) {
            Position after = Position.fromToken(nextToken);
            while (start < sorted.size() && order.compare(Position.of(sorted.get(start)), after) <= 0) {
                start++;
            }
        }
        int end = Math.min(sorted.size(), start + (maxResults == null ? MAX_RESULTS : maxResults));
        String next = end < sorted.size() ? Position.of(sorted.get(end - 1)).token() : null;
        return new SecretsManagerService.Page(List.copyOf(sorted.subList(start, end)), next);
    }
}
