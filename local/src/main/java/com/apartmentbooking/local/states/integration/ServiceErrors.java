package com.apartmentbooking.local.states.integration;

import com.apartmentbooking.local.service.ServiceException;
import com.apartmentbooking.local.states.StatesError;
import java.util.Set;

/**
 * How Step Functions names a called service's error. Optimized integrations use the AWS SDK for Java 1.x: the
 * error is {@code <Prefix>.<exception class>} (a modelled error's code with the Exception suffix, or the
 * service's generic exception), the cause the SDK's message {@code msg (Service: ...; Status Code: ...; Error
 * Code: ...; Request ID: ...; Proxy: null)}. AWS SDK integrations use the 2.x SDK: {@code <Service>.<Code>Exception}
 * and {@code msg (Service: ..., Status Code: ..., Request ID: ...)}.
 */
record ServiceErrors(String errorPrefix, String sdkServiceName, Set<String> modelledCodes, String genericException,
        boolean sdkV2) {

    StatesError name(ServiceException refused, String requestId) {
        String code = code(refused);
        String exception = modelledCodes.contains(code) ? withSuffix(code) : genericException;
        String message = refused.getMessage() == null ? "null" : refused.getMessage();
        String cause = sdkV2
                ? message + " (Service: " + sdkServiceName + ", Status Code: " + refused.status() + ", Request ID: "
                        + requestId + ")"
                : message + " (Service: " + sdkServiceName + "; Status Code: " + refused.status() + "; Error Code: "
                        + code + "; Request ID: " + requestId + "; Proxy: null)";
        return new StatesError(errorPrefix + "." + exception, cause);
    }

    /** The error code without the type prefix some errors carry ({@code com.amazon.coral.validate#...}). */
    static String code(ServiceException refused) {
        String code = refused.code();
        return code.substring(code.indexOf('#') + 1);
    }

    static String withSuffix(String code) {
        return code.endsWith("Exception") ? code : code + "Exception";
    }
}
