package com.apartmentbooking.local.appsync.auth;

import java.util.Map;

/**
 * Who a request is from, once authenticated.
 *
 * @param type the authorization type the request was authenticated with
 * @param identity the resolver event's {@code identity} in that type's shape ({@code null} for API_KEY)
 */
public record Caller(AuthType type, Map<String, Object> identity) {
}
