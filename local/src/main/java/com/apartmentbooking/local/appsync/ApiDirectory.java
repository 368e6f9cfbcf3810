package com.apartmentbooking.local.appsync;

import java.util.List;
import java.util.Optional;

/** The APIs the runtime serves and their keys: what the GraphQL and real-time endpoints look up. */
public interface ApiDirectory {

    Optional<ApiDefinition> api(String apiId);

    /** Every API, in creation order. */
    List<ApiDefinition> apis();

    /** The key with that value of that API, whether expired or not, or empty. */
    Optional<ApiKey> apiKey(String apiId, String key);
}
