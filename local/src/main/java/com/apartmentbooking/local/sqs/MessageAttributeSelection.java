package com.apartmentbooking.local.sqs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which message attributes a ReceiveMessage returns: MessageAttributeNames "All", ".*", names, or "prefix.*". */
final class MessageAttributeSelection {

    private static final String WILDCARD_SUFFIX = ".*";

    private MessageAttributeSelection() {
    }

    static Map<String, MessageAttribute> select(Map<String, MessageAttribute> attributes, List<String> requested) {
        Map<String, MessageAttribute> selected = new LinkedHashMap<>();
        attributes.forEach((name, attribute) -> {
            if (requested.stream().anyMatch(pattern -> matches(pattern, name))) {
                selected.put(name, attribute);
            }
        });
        return selected;
    }

    private static boolean matches(String pattern, String name) {
        if ("All".equals(pattern) || WILDCARD_SUFFIX.equals(pattern)) {
            return true;
        }
        if (pattern.endsWith(WILDCARD_SUFFIX)) {
            return name.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(name);
    }
}
