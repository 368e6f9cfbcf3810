package com.apartmentbooking.local.appsync;

/**
 * An API key as AppSync keeps it.
 *
 * @param id the key itself ({@code da2-...}); AppSync's key id is the key
 * @param apiId the API it opens
 * @param description its description, or null
 * @param expires when it stops working, in seconds since the epoch (AppSync rounds it down to the hour)
 * @param deletes when AppSync deletes it, in seconds since the epoch (60 days after it expires)
 */
public record ApiKey(String id, String apiId, String description, long expires, long deletes) {
}
