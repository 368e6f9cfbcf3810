package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.server.AwsJsonService;
import com.apartmentbooking.local.server.RequestContext;
import com.apartmentbooking.local.template.ResolvedTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Items to put into tables when they are first created, so a newcomer has apartments to book: a JSON object from
 * a table's logical id in the template to a list of items in DynamoDB's JSON form.
 */
final class SampleData {

    private final JsonNode itemsByTable;

    private SampleData(JsonNode itemsByTable) {
        this.itemsByTable = itemsByTable;
    }

    static SampleData read(Path file, ResolvedTemplate template) {
        JsonNode root;
        try {
            root = Json.DATA.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sample data " + file, e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The sample data must be a JSON object of table logical ids: " + file);
        }
        for (Iterator<Map.Entry<String, JsonNode>> tables = root.fields(); tables.hasNext();) {
            Map.Entry<String, JsonNode> table = tables.next();
            template.table(table.getKey());
            if (!table.getValue().isArray()) {
                throw new IllegalArgumentException("The sample data of " + table.getKey() + " must be a list of items");
            }
        }
        return new SampleData(root);
    }

    /** Puts the items given for {@code logicalId} into {@code tableName}; returns how many. */
    int seed(AwsJsonService dynamoDb, String region, String logicalId, String tableName) {
        JsonNode items = itemsByTable.path(logicalId);
        for (JsonNode item : items) {
            ObjectNode put = Json.DATA.createObjectNode().put("TableName", tableName);
            put.set("Item", item);
            dynamoDb.handle("PutItem", put, RequestContext.internal(region));
        }
        return items.size();
    }
}
