package com.apartmentbooking.local.events;

import java.util.Map;

/**
 * A target's InputTransformer: named JSONPaths into the event and the template they fill in.
 *
 * @param inputPathsMap variable name to JSONPath, in the order given
 */
record InputTransformer(Map<String, String> inputPathsMap, String inputTemplate) {
}
