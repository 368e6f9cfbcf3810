package com.apartmentbooking.local.dynamodb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The capacity units one request consumed on one table: on the table itself and on each secondary index it read or
 * wrote. Operations add to it as they go ({@link CapacityUnits} says how much); the protocol writes it as AWS's
 * ConsumedCapacity. Transactions report their units a second time as ReadCapacityUnits or WriteCapacityUnits, as
 * AWS does for them.
 */
public final class ConsumedCapacity {

    /** What the units are, which names the member a transaction repeats them in. */
    public enum Kind { READ, WRITE }

    private final String tableName;
    private final Kind kind;
    private final boolean transactional;
    private double table;
    private final Map<String, Double> localIndexes = new LinkedHashMap<>();
    private final Map<String, Double> globalIndexes = new LinkedHashMap<>();

    private ConsumedCapacity(String tableName, Kind kind, boolean transactional) {
        this.tableName = tableName;
        this.kind = kind;
        this.transactional = transactional;
    }

    public static ConsumedCapacity reads(String tableName) {
        return new ConsumedCapacity(tableName, Kind.READ, false);
    }

    public static ConsumedCapacity writes(String tableName) {
        return new ConsumedCapacity(tableName, Kind.WRITE, false);
    }

    public static ConsumedCapacity transactionalReads(String tableName) {
        return new ConsumedCapacity(tableName, Kind.READ, true);
    }

    public static ConsumedCapacity transactionalWrites(String tableName) {
        return new ConsumedCapacity(tableName, Kind.WRITE, true);
    }

    void addTable(double units) {
        table += units;
    }

    /** Adds units on an index, which lists it; a read of an index lists it even for 0 units, as AWS does. */
    void addIndex(SecondaryIndex index, double units) {
        (index.global() ? globalIndexes : localIndexes).merge(index.name(), units, Double::sum);
    }

    public String tableName() {
        return tableName;
    }

    public Kind kind() {
        return kind;
    }

    public boolean transactional() {
        return transactional;
    }

    /** The units of the table and all its indexes: AWS's CapacityUnits. */
    public double total() {
        return table + localIndexes.values().stream().mapToDouble(Double::doubleValue).sum()
                + globalIndexes.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public double table() {
        return table;
    }

    public Map<String, Double> localIndexes() {
        return Collections.unmodifiableMap(localIndexes);
    }

    public Map<String, Double> globalIndexes() {
        return Collections.unmodifiableMap(globalIndexes);
    }
}
