package com.apartmentbooking.local.lambda;

import java.util.Map;

/**
 * The configuration members a CreateFunction or UpdateFunctionConfiguration request gives; null for a member it
 * leaves out (CreateFunction's defaults apply, UpdateFunctionConfiguration keeps the current value).
 */
record FunctionSettings(String runtime, String role, String handler, String description, Integer timeout,
        Integer memorySize, Map<String, String> environment) {
}
