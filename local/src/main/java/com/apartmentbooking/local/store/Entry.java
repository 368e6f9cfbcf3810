package com.apartmentbooking.local.store;

/** One key and its value, as a scan hands them out (both arrays are the caller's own copies). */
public record Entry(byte[] key, byte[] value) {

    public String keyString() {
        return Keys.string(key);
    }
}
