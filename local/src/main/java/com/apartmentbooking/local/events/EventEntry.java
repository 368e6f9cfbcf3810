package com.apartmentbooking.local.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * One PutEvents request entry as sent: any member may be missing (null).
 *
 * @param time the entry's Time, or null for the time it is accepted
 */
record EventEntry(String source, String detailType, String detail, List<String> resources, Instant time,
        String eventBusName) {

    /** The size EventBridge counts against its request limit: Time as 14 bytes, and the UTF-8 of the texts. */
    int size() {
        int size = time == null ? 0 : 14;
        size += utf8(source) + utf8(detailType) + utf8(detail);
        for (String resource : resources) {
            size += utf8(resource);
        }
        return size;
    }

    private static int utf8(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
