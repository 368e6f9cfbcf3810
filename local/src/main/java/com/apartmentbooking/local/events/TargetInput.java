package com.apartmentbooking.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a target receives for an event: the event itself, or its Input, InputPath or InputTransformer applied. */
final class TargetInput {

    private TargetInput() {
    }

    static String of(Target target, ObjectNode event, Rule rule, Instant ingestedAt) {
        if (target.input() != null) {
            return target.input();
        }
        if (target.inputPath() != null) {
            JsonNode selected = EventPaths.read(target.inputPath(), event);
            return selected == null ? "null" : selected.toString();
        }
        if (target.inputTransformer() != null) {
            return transform(target.inputTransformer(), event, rule, ingestedAt);
        }
        return event.toString();
    }

    private static String transform(InputTransformer transformer, ObjectNode event, Rule rule, Instant ingestedAt) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (transformer.inputPathsMap() != null) {
            transformer.inputPathsMap().forEach((name, path) -> values.put(name, EventPaths.read(path, event)));
        }
        ObjectNode withoutDetail = event.deepCopy();
        withoutDetail.remove("detail");
        values.put("aws.events.event", withoutDetail);
        values.put("aws.events.event.json", event);
        values.put("aws.events.rule-name", json.textNode(rule.name()));
        values.put("aws.events.rule-arn", json.textNode(rule.arn()));
        values.put("aws.events.event.ingestion-time", json.textNode(EventEnvelope.timestamp(ingestedAt)));
        return InputTemplates.render(transformer.inputTemplate(), values);
    }
}
