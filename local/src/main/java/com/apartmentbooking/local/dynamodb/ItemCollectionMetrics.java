package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.Map;

/**
 * The size of the item collection a write touched, as ReturnItemCollectionMetrics SIZE reports it for a table with
 * local secondary indexes.
 *
 * @param itemCollectionKey the partition key attribute shared by the collection's items
 * @param lowerGb           the estimate's lower bound in gigabytes; the upper bound is one more
 */
public record ItemCollectionMetrics(Map<String, AttributeValue> itemCollectionKey, double lowerGb) {

    public double upperGb() {
        return lowerGb + 1;
    }
}
