package com.apartmentbooking.projector;

import java.util.Optional;

/** Reads the table name out of a stream ARN: arn:aws:dynamodb:region:account:table/Name/stream/label. */
final class EventSourceArn {
    private static final String TABLE_PREFIX = "table/";

    private EventSourceArn() {
    }

    static Optional<String> tableName(String arn) {
        if (arn == null) {
            return Optional.empty();
        }
        String[] parts = arn.split(":", 6);
        if (parts.length < 6 || !parts[5].startsWith(TABLE_PREFIX)) {
            return Optional.empty();
        }
        String resource = parts[5].substring(TABLE_PREFIX.length());
        int slash = resource.indexOf('/');
        return Optional.of(slash < 0 ? resource : resource.substring(0, slash));
    }
}
