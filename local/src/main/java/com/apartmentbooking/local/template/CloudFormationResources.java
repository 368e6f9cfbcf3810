package com.apartmentbooking.local.template;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The plain CloudFormation resources the flow uses: DynamoDB tables, the event bus, SQS queues and secrets. */
final class CloudFormationResources {


    /** Queue properties that are not queue attributes. */
    private static final Set<String> QUEUE_NON_ATTRIBUTES = Set.of("QueueName", "Tags");

    private final Intrinsics intrinsics;
    private final ResourceAttributes attributes;

    CloudFormationResources(Intrinsics intrinsics, ResourceAttributes attributes) {
        this.intrinsics = intrinsics;
        this.attributes = attributes;
    }

    TableSpec table(String id, Map<String, Object> rawProperties) {
        Map<String, Object> p = Values.map(intrinsics.resolve(rawProperties, id + ".Properties"), id + ".Properties");
        Map<String, String> types = new LinkedHashMap<>();
        for (Object definition : Values.list(p.get("AttributeDefinitions"), id + ".AttributeDefinitions")) {
            Map<String, Object> attribute = Values.map(definition, id + ".AttributeDefinitions");
            types.put(Values.string(attribute.get("AttributeName"), id + ".AttributeDefinitions.AttributeName"),
                    Values.string(attribute.get("AttributeType"), id + ".AttributeDefinitions.AttributeType"));
        }
        String[] keys = keys(p.get("KeySchema"), id + ".KeySchema");
        Map<String, Object> stream = Values.map(p.get("StreamSpecification"), id + ".StreamSpecification");
        String viewType = Values.optionalString(stream, "StreamViewType", id + ".StreamSpecification");
        Map<String, Object> ttl = Values.map(p.get("TimeToLiveSpecification"), id + ".TimeToLiveSpecification");
        boolean ttlEnabled = Boolean.parseBoolean(String.valueOf(ttl.getOrDefault("Enabled", "false")));
        return new TableSpec(id, attributes.physicalName(id), attributes.tableArn(id),
                p.containsKey("BillingMode") ? Values.string(p.get("BillingMode"), id + ".BillingMode") : "PROVISIONED",
                types, keys[0], keys[1], indexes(p.get("GlobalSecondaryIndexes"), id + ".GlobalSecondaryIndexes"),
                indexes(p.get("LocalSecondaryIndexes"), id + ".LocalSecondaryIndexes"), viewType,
                viewType == null ? null : Values.string(attributes.getAtt(id, "StreamArn", id), id),
                ttlEnabled ? Values.optionalString(ttl, "AttributeName", id + ".TimeToLiveSpecification") : null);
    }

    EventBusSpec eventBus(String id) {
        return new EventBusSpec(id, attributes.physicalName(id), Values.string(attributes.getAtt(id, "Arn", id), id));
    }

    QueueSpec queue(String id, Map<String, Object> rawProperties) {
        Map<String, Object> p = Values.map(intrinsics.resolve(rawProperties, id + ".Properties"), id + ".Properties");
        Map<String, String> queueAttributes = new LinkedHashMap<>();
        p.forEach((key, value) -> {
            if (!QUEUE_NON_ATTRIBUTES.contains(key)) {
                queueAttributes.put(key, value instanceof Map || value instanceof List ? json(value, id + "." + key)
                        : Values.string(value, id + "." + key));
            }
        });
        return new QueueSpec(id, attributes.physicalName(id), Values.string(attributes.ref(id, id), id),
                Values.string(attributes.getAtt(id, "Arn", id), id), queueAttributes);
    }

    SecretSpec secret(String id, Map<String, Object> rawProperties) {
        Map<String, Object> p = Values.map(intrinsics.resolve(rawProperties, id + ".Properties"), id + ".Properties");
        Object generate = p.get("GenerateSecretString");
        if (p.containsKey("SecretString") == (generate != null)) {
            throw new TemplateException(id + ": exactly one of SecretString and GenerateSecretString is required");
        }
        return new SecretSpec(id, attributes.physicalName(id), attributes.secretArn(id),
                Values.optionalString(p, "Description", id),
                p.containsKey("SecretString") ? Values.string(p.get("SecretString"), id + ".SecretString") : null,
                generate == null ? null : json(generate, id + ".GenerateSecretString"));
    }

    private static String json(Object value, String where) {
        try {
            return Json.DATA.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new TemplateException(where + " cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** [hash key, range key or null] of a KeySchema. */
    private static String[] keys(Object schema, String where) {
        String[] keys = new String[2];
        for (Object element : Values.list(schema, where)) {
            Map<String, Object> key = Values.map(element, where);
            String name = Values.string(key.get("AttributeName"), where + ".AttributeName");
            String type = Values.string(key.get("KeyType"), where + ".KeyType");
            keys[type.equals("HASH") ? 0 : 1] = name;
        }
        if (keys[0] == null) {
            throw new TemplateException(where + " has no HASH key");
        }
        return keys;
    }

    private static List<TableSpec.Index> indexes(Object declarations, String where) {
        List<TableSpec.Index> result = new ArrayList<>();
        for (Object element : Values.list(declarations, where)) {
            Map<String, Object> index = Values.map(element, where);
            String name = Values.string(index.get("IndexName"), where + ".IndexName");
            String[] keys = keys(index.get("KeySchema"), where + "." + name + ".KeySchema");
            Map<String, Object> projection = Values.map(index.get("Projection"), where + "." + name + ".Projection");
            result.add(new TableSpec.Index(name, keys[0], keys[1],
                    projection.containsKey("ProjectionType")
                            ? Values.string(projection.get("ProjectionType"), where + "." + name) : "ALL",
                    Values.strings(projection.get("NonKeyAttributes"), where + "." + name + ".NonKeyAttributes")));
        }
        return result;
    }
}
