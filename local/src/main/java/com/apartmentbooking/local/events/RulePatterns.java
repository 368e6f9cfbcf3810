package com.apartmentbooking.local.events;

import com.apartmentbooking.local.events.pattern.EventPattern;
import com.apartmentbooking.local.events.pattern.EventPatterns;
import com.apartmentbooking.local.events.pattern.InvalidEventPatternException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Rules' event patterns, compiled once each: PutEvents matches every event against them. */
final class RulePatterns {

    private final Map<String, EventPattern> compiled = new ConcurrentHashMap<>();

    /** The compiled pattern, or InvalidEventPatternException with AWS's text. */
    EventPattern compile(String pattern) {
        try {
            return compiled.computeIfAbsent(pattern, EventPatterns::compile);
        } catch (InvalidEventPatternException e) {
            throw EventsErrors.invalidEventPattern(e.getMessage());
        }
    }
}
