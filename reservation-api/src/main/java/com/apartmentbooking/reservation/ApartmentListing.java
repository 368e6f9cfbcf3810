package com.apartmentbooking.reservation;

import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.items.Attributes;
import com.apartmentbooking.model.validation.InputRules;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validated arguments of {@code Query.apartments}.
 *
 * @param status   null to list every apartment
 * @param startKey where the previous page ended, or null for the first page
 */
public record ApartmentListing(ApartmentStatus status, int limit, Map<String, String> startKey) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** A scan resumes from the table key; a status query from the index key (status and id). */
    private static final Set<String> TABLE_KEY = Set.of(Attributes.ID);
    private static final Set<String> INDEX_KEY = Set.of(Attributes.ID, Attributes.STATUS);

    public static ApartmentListing from(Map<String, Object> arguments) {
        InputRules rules = new InputRules();
        Object statusArgument = arguments.get("status");
        Optional<ApartmentStatus> status = statusOf(statusArgument);
        boolean statusValid = statusArgument == null || status.isPresent();
        if (!statusValid) {
            rules.violation("status", "must be one of " + Arrays.toString(ApartmentStatus.values()));
        }
        Object limit = arguments.get("limit");
        if (limit != null && !isLimit(limit)) {
            rules.violation("limit", "must be an integer between 1 and " + MAX_LIMIT);
        }
        Object nextToken = arguments.get("nextToken");
        Map<String, String> startKey = null;
        // Whether a token fits the query can only be told once the status is known to be valid.
        if (nextToken != null && statusValid) {
            startKey = startKeyOf(nextToken, status.orElse(null)).orElse(null);
            if (startKey == null) {
                rules.violation("nextToken", "is not a token returned by this query");
            }
        }
        rules.throwIfInvalid();
        return new ApartmentListing(status.orElse(null),
                limit == null ? DEFAULT_LIMIT : ((Number) limit).intValue(), startKey);
    }

    private static Optional<ApartmentStatus> statusOf(Object value) {
        return Arrays.stream(ApartmentStatus.values()).filter(s -> s.name().equals(value)).findFirst();
    }

    private static boolean isLimit(Object value) {
        return (value instanceof Integer || value instanceof Long)
                && ((Number) value).longValue() >= 1 && ((Number) value).longValue() <= MAX_LIMIT;
    }

    /** A token only resumes the kind of listing that issued it: same index and, for an index, same status. */
    private static Optional<Map<String, String>> startKeyOf(Object token, ApartmentStatus status) {
        if (!(token instanceof String text)) {
            return Optional.empty();
        }
        return PageToken.decode(text).filter(key -> status == null
                ? key.keySet().equals(TABLE_KEY)
                : key.keySet().equals(INDEX_KEY) && status.name().equals(key.get(Attributes.STATUS)));
    }
}
