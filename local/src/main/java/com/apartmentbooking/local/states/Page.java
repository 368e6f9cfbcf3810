package com.apartmentbooking.local.states;

import java.util.List;

/** Some results of a listing and where the next page starts, null when there is none. */
public record Page<T>(List<T> items, String nextKey) {
}
