package com.apartmentbooking.reservation.port;

import com.apartmentbooking.model.items.Apartment;
import java.util.List;
import java.util.Map;

/**
 * A page of apartments and the key to continue after it.
 *
 * @param lastKey the key attributes of the last item read (all strings), or null on the last page
 */
public record ApartmentPage(List<Apartment> items, Map<String, String> lastKey) {

    public ApartmentPage {
        items = List.copyOf(items);
        lastKey = lastKey == null || lastKey.isEmpty() ? null : Map.copyOf(lastKey);
    }
}
