package com.apartmentbooking.local.events;

import com.apartmentbooking.local.service.ServiceException;
import java.util.Locale;

/**
 * Sorts a target service's error as EventBridge does: throttling and server errors are retried; a target that
 * does not exist, refuses access or rejects the request is not (retrying cannot help), and goes straight to the
 * dead-letter queue.
 */
final class TargetErrors {

    private TargetErrors() {
    }

    static DeliveryFailure classify(ServiceException error) {
        String code = error.code().substring(error.code().indexOf('#') + 1);
        String message = error.getMessage() == null ? code : code + ": " + error.getMessage();
        String lower = code.toLowerCase(Locale.ROOT);
        if (error.status() == 429 || lower.contains("throttl") || lower.contains("toomanyrequests")
                || lower.contains("limitexceeded")) {
            return new DeliveryFailure("THROTTLING", message, true);
        }
        if (error.status() >= 500) {
            return new DeliveryFailure("INTERNAL_ERROR", message, true);
        }
        if (lower.contains("notfound") || lower.contains("doesnotexist") || lower.contains("nonexistent")) {
            return new DeliveryFailure("NO_RESOURCE", message, false);
        }
        if (error.status() == 403 || lower.contains("accessdenied") || lower.contains("notauthorized")) {
            return new DeliveryFailure("NO_PERMISSIONS", message, false);
        }
        return new DeliveryFailure("INVALID_PARAMETER", message, false);
    }

    /** A target the runtime cannot reach (its service is not running, or failed unexpectedly). */
    static DeliveryFailure unreachable(String message) {
        return new DeliveryFailure("CONNECTION_FAILURE", message, true);
    }

    /** A target ARN of a service EventBridge cannot deliver to here. */
    static DeliveryFailure unsupported(String arn) {
        return new DeliveryFailure("INVALID_PARAMETER", "Target " + arn + " is not supported.", false);
    }
}
