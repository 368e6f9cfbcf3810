package com.apartmentbooking.reservation.aws;

import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.items.Apartment;
import com.apartmentbooking.model.items.TableSchemas;
import com.apartmentbooking.reservation.port.ApartmentPage;
import com.apartmentbooking.reservation.port.ApartmentStore;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ScanEnhancedRequest;

/** {@link ApartmentStore} on the {@code Apartments} table and its {@code byStatus} index. */
public final class DynamoDbApartmentStore implements ApartmentStore {
    private final DynamoDbTable<Apartment> table;

    public DynamoDbApartmentStore(DynamoDbTable<Apartment> table) {
        this.table = table;
    }

    @Override
    public Optional<Apartment> find(String id) {
        return Optional.ofNullable(table.getItem(Key.builder().partitionValue(id).build()));
    }

    /** Reads only the first page DynamoDB returns: the caller pages on with the last key. */
    @Override
    public ApartmentPage page(ApartmentStatus status, int limit, Map<String, String> startKey) {
        Page<Apartment> page = status == null
                ? table.scan(ScanEnhancedRequest.builder()
                        .limit(limit)
                        .exclusiveStartKey(KeyAttributes.toAttributeValues(startKey))
                        .build()).iterator().next()
                : table.index(TableSchemas.APARTMENTS_BY_STATUS_INDEX).query(QueryEnhancedRequest.builder()
                        .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(status.name()).build()))
                        .limit(limit)
                        .exclusiveStartKey(KeyAttributes.toAttributeValues(startKey))
                        .build()).iterator().next();
        return new ApartmentPage(page.items(), KeyAttributes.toStrings(page.lastEvaluatedKey()));
    }
}
