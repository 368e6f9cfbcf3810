package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.ApiDefinition;
import com.apartmentbooking.local.appsync.auth.ApiAuthorizer;

/**
 * An API as the endpoints serve it: its definition, its authentication and its executable form.
 */
public record ServedApi(ApiDefinition definition, ApiAuthorizer authorizer, ExecutableApi executable) {
}
