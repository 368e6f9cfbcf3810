package com.apartmentbooking.local.events;

import java.util.List;

/** One page of a listing and the token of the next page (null when it is the last). */
record Page<T>(List<T> items, String nextToken) {
}
