package com.apartmentbooking.local.appsync.auth;

import com.apartmentbooking.local.appsync.RequestRefusal;
import com.apartmentbooking.local.server.SigV4Rejection;

/** AppSync's refusals of a request's credentials, worded as AppSync words them. */
final class AuthRejections {

    static final String NOT_AUTHORIZED = "You are not authorized to make this call.";

    private AuthRejections() {
    }

    /** No credentials of a mode the API accepts, or an unknown or expired API key. */
    static RequestRefusal unauthorized() {
        return new RequestRefusal(401, "UnauthorizedException", NOT_AUTHORIZED);
    }

    /**
     * A refused signature: AppSync answers 403 with the signature check's own error type, but a request signed
     * too long ago (or ahead) with 400 and {@code BadRequestException}, which AppSync clients take as clock skew.
     */
    static RequestRefusal signature(SigV4Rejection rejection) {
        return switch (rejection.kind()) {
            case MISSING_AUTHENTICATION -> unauthorized();
            case SIGNATURE_EXPIRED -> new RequestRefusal(400, "BadRequestException", rejection.getMessage());
            case INCOMPLETE_SIGNATURE, UNRECOGNIZED_CLIENT, INVALID_SIGNATURE ->
                    new RequestRefusal(403, rejection.code(), rejection.getMessage());
        };
    }
}
