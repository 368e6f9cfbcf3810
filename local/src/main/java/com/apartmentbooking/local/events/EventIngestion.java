package com.apartmentbooking.local.events;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PutEvents: accepts the entries that are valid events on an existing bus and, in the same transaction, records
 * one pending delivery per target of each enabled rule an event matches, with the input that target gets. Only
 * then does it answer, and hands the deliveries to the dispatcher: an acknowledged event is never lost.
 */
final class EventIngestion {

    private static final int MIN_ENTRIES = 1;
    private static final int MAX_ENTRIES = 10;
    private static final int MAX_REQUEST_SIZE = 256 * 1024;

    private final EventsStore store;
    private final Clock clock;
    private final Arns arns;
    private final RulePatterns patterns;
    private final DeliveryDispatcher dispatcher;
    /** Orders deliveries accepted in the same millisecond; the key's random part keeps keys unique across restarts. */
    private final AtomicLong deliverySequence = new AtomicLong();

    EventIngestion(EventsStore store, Clock clock, Arns arns, RulePatterns patterns, DeliveryDispatcher dispatcher) {
        this.store = store;
        this.clock = clock;
        this.arns = arns;
        this.patterns = patterns;
        this.dispatcher = dispatcher;
    }

    List<EventResult> putEvents(List<EventEntry> entries) {
        if (entries.size() < MIN_ENTRIES || entries.size() > MAX_ENTRIES) {
            throw EventsErrors.listConstraint("entries", entries.size() < MIN_ENTRIES
                    ? "Member must have length greater than or equal to 1"
                    : "Member must have length less than or equal to " + MAX_ENTRIES);
        }
        if (entries.stream().mapToInt(EventEntry::size).sum() > MAX_REQUEST_SIZE) {
            throw EventsErrors.validation("Total size of the entries in the request is over the limit.");
        }
        Instant now = clock.now();
        List<PendingDelivery> deliveries = new ArrayList<>();
        List<EventResult> results = store.writeReturning(writes -> {
            deliveries.clear();
            List<EventResult> outcome = new ArrayList<>();
            for (EventEntry entry : entries) {
                outcome.add(accept(writes, entry, now, deliveries));
            }
            return outcome;
        });
        dispatcher.dispatch(deliveries);
        return results;
    }

    private EventResult accept(EventsStore.Writes writes, EventEntry entry, Instant now, List<PendingDelivery> deliveries) {
        EventResult invalid = invalidEntry(entry);
        if (invalid != null) {
            return invalid;
        }
        JsonNode detail = parseDetail(entry.detail());
        if (detail == null) {
            return EventResult.failed("MalformedDetail", "Detail is malformed.");
        }
        String bus = Arns.busName(entry.eventBusName());
        if (!EventsService.DEFAULT_BUS.equals(bus) && writes.bus(bus) == null) {
            return EventResult.failed("ResourceNotFoundException", "Event bus " + bus + " does not exist.");
        }
        String id = UUID.randomUUID().toString();
        ObjectNode event = EventEnvelope.of(id, entry.detailType(), entry.source(), arns.accountId(),
                entry.time() == null ? now : entry.time(), arns.region(), entry.resources(), detail);
        String eventJson = event.toString();
        for (Rule rule : writes.rules(bus, "")) {
            if (rule.enabled() && rule.eventPattern() != null && patterns.compile(rule.eventPattern()).matches(eventJson)) {
                for (Target target : writes.targets(bus, rule.name())) {
                    PendingDelivery delivery = new PendingDelivery(deliveryKey(now), rule.arn(), target.arn(), eventJson,
                            TargetInput.of(target, event, rule, now), now.toEpochMilli(), target.effectiveRetryPolicy(),
                            target.deadLetterArn(), 0, now.toEpochMilli(), null, null);
                    writes.putDelivery(delivery);
                    deliveries.add(delivery);
                }
            }
        }
        return EventResult.accepted(id);
    }

    private static EventResult invalidEntry(EventEntry entry) {
        String missing = entry.source() == null ? "Source"
                : entry.detailType() == null ? "DetailType"
                : entry.detail() == null ? "Detail" : null;
        if (missing != null) {
            return EventResult.failed("InvalidArgument",
                    "Parameter " + missing + " is not valid. Reason: " + missing + " is a required argument.");
        }
        // Sources starting with "aws." belong to AWS services; accounts may not send them.
        if (entry.source().startsWith("aws.")) {
            return EventResult.failed("NotAuthorizedForSourceException", "Not authorized for the source.");
        }
        return null;
    }

    /** The detail as a JSON object, or null when it is not one. */
    private static JsonNode parseDetail(String detail) {
        try {
            JsonNode node = Json.DATA.readTree(detail);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private String deliveryKey(Instant now) {
        return String.format("%013d%012d-%s", now.toEpochMilli(), deliverySequence.incrementAndGet(), UUID.randomUUID());
    }
}
