package com.apartmentbooking.reservation.port;

import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.items.Apartment;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to the {@code Apartments} table; the reservation API never writes apartments. Every
 * method throws {@link StoreUnavailableException} when the table cannot answer.
 */
public interface ApartmentStore {

    Optional<Apartment> find(String id);

    /**
     * One page of apartments, all of them or only those in {@code status} (null for all).
     *
     * @param startKey the {@link ApartmentPage#lastKey()} of the previous page, or null for the first page
     */
    ApartmentPage page(ApartmentStatus status, int limit, Map<String, String> startKey);
}
