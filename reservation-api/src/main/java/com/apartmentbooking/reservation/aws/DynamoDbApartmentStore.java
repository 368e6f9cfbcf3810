package com.apartmentbooking.reservation.aws;

import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.items.Apartment;
import com.apartmentbooking.model.items.TableSchemas;
import com.apartmentbooking.reservation.port.ApartmentPage;
import com.apartmentbooking.reservation.port.ApartmentStore;
import com.apartmentbooking.reservation.port.StoreUnavailableException;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
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
        try {
            return Optional.ofNullable(table.getItem(Key.builder().partitionValue(id).build()));
        } catch (SdkException e) {
            throw new StoreUnavailableException("reading apartment " + id + " failed", e);
        }
    }

    /** Reads only the first page DynamoDB returns: the caller pages on with the last key. */
    @Override
    public ApartmentPage page(ApartmentStatus status, int limit, Map<String, String> startKey) {
        try {
            Page<Apartment> page = status == null ? scan(limit, startKey) : queryByStatus(status, limit, startKey);
            return new ApartmentPage(page.items(), KeyAttributes.toStrings(page.lastEvaluatedKey()));
        } catch (SdkException e) {
            throw new StoreUnavailableException("listing apartments failed", e);
        }
    }

    private Page<Apartment> scan(int limit, Map<String, String> startKey) {
        return table.scan(ScanEnhancedRequest.builder()
                .limit(limit)
                .exclusiveStartKey(KeyAttributes.toAttributeValues(startKey))
                .build()).iterator().next();
    }

    private Page<Apartment> queryByStatus(ApartmentStatus status, int limit, Map<String, String> startKey) {
        return table.index(TableSchemas.APARTMENTS_BY_STATUS_INDEX).query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(status.name()).build()))
                .limit(limit)
                .exclusiveStartKey(KeyAttributes.toAttributeValues(startKey))
                .build()).iterator().next();
    }
}
