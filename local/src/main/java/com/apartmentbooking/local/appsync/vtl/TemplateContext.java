package com.apartmentbooking.local.appsync.vtl;

import java.util.List;
import java.util.Map;

/**
 * {@code $ctx}: what a mapping template sees. Values are plain Java JSON values (Map, List, String, Number,
 * Boolean, null) as Jackson's {@code convertValue(..., Object.class)} gives them.
 *
 * @param arguments the field's arguments
 * @param source the parent's resolved value, or null for root fields
 * @param identity the caller's identity, or null for API_KEY
 * @param request {@code {"headers": {...}, "domainName": null}}
 * @param info {@code fieldName}, {@code parentTypeName}, {@code variables}, {@code selectionSetList},
 *     {@code selectionSetGraphQL}
 * @param stash the resolver's stash, shared and changed by every template of one resolution
 * @param prev {@code {"result": ...}} of the previous pipeline step, or null
 * @param result the data source's result (response templates), or null
 * @param error {@code {"message","type"}} of the data source's failure (response templates), or null
 * @param outErrors {@code $ctx.outErrors}: the errors appended so far in this resolution
 */
public record TemplateContext(Map<String, Object> arguments, Object source, Map<String, Object> identity,
        Map<String, Object> request, Map<String, Object> info, Map<String, Object> stash, Map<String, Object> prev,
        Object result, Map<String, Object> error, List<Object> outErrors) {
}
