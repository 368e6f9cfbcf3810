package com.apartmentbooking.reservation.fakes;

import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.items.Apartment;
import com.apartmentbooking.model.items.Attributes;
import com.apartmentbooking.model.items.TableSchemas;
import com.apartmentbooking.reservation.port.ApartmentPage;
import com.apartmentbooking.reservation.port.ApartmentStore;
import com.apartmentbooking.reservation.port.StoreUnavailableException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Apartments kept as DynamoDB attribute maps (through the real static schema), ordered by id.
 * Pages end after {@code limit} items with the key of the last one, as DynamoDB's do.
 */
public final class InMemoryApartmentStore implements ApartmentStore {
    private final Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
    private StoreUnavailableException outage;

    public void put(String id, ApartmentStatus status) {
        Apartment apartment = new Apartment();
        apartment.setId(id);
        apartment.setName("Apartment " + id);
        apartment.setStatus(status.name());
        apartment.setUpdatedAt("2025-01-01T00:00:00Z");
        apartment.setVersion(1L);
        items.put(id, TableSchemas.APARTMENT.itemToMap(apartment, true));
    }

    /** Every later call fails as the DynamoDB adapter does when the table cannot answer. */
    public void breakWith(StoreUnavailableException outage) {
        this.outage = outage;
    }

    @Override
    public Optional<Apartment> find(String id) {
        failIfBroken();
        return Optional.ofNullable(items.get(id)).map(TableSchemas.APARTMENT::mapToItem);
    }

    @Override
    public ApartmentPage page(ApartmentStatus status, int limit, Map<String, String> startKey) {
        failIfBroken();
        String after = startKey == null ? null : startKey.get(Attributes.ID);
        List<Apartment> matching = items.values().stream()
                .map(TableSchemas.APARTMENT::mapToItem)
                .filter(a -> status == null || status.name().equals(a.getStatus()))
                .filter(a -> after == null || a.getId().compareTo(after) > 0)
                .toList();
        List<Apartment> page = matching.stream().limit(limit).toList();
        if (matching.size() <= limit) {
            return new ApartmentPage(page, null);
        }
        Apartment last = page.get(page.size() - 1);
        return new ApartmentPage(page, status == null
                ? Map.of(Attributes.ID, last.getId())
                : Map.of(Attributes.ID, last.getId(), Attributes.STATUS, last.getStatus()));
    }

    private void failIfBroken() {
        if (outage != null) {
            throw outage;
        }
    }
}
