package com.apartmentbooking.local.server;

/**
 * A request whose SigV4 signature the runtime refuses, with AWS's wording. Each service gives it its own wire
 * form: {@link #code()} is the code AWS's JSON services answer with, {@link #kind()} lets a service that words
 * its answers differently (AppSync) choose its own.
 */
public final class SigV4Rejection extends RuntimeException {

    /** Why a signature is refused. */
    public enum Kind {
        /** No {@code Authorization} header at all. */
        MISSING_AUTHENTICATION("MissingAuthenticationTokenException"),
        /** The header lacks a part, or a signed header or the date is not in the request. */
        INCOMPLETE_SIGNATURE("IncompleteSignatureException"),
        /** The access key, or its session token, is not one the runtime accepts. */
        UNRECOGNIZED_CLIENT("UnrecognizedClientException"),
        /** The signature does not match, or its credential scope is not this service's, region's or date's. */
        INVALID_SIGNATURE("InvalidSignatureException"),
        /** The request's date is more than 5 minutes from now. */
        SIGNATURE_EXPIRED("InvalidSignatureException");

        private final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    private final Kind kind;

    public SigV4Rejection(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** AWS's error code for it. */
    public String code() {
        return kind.code;
    }
}
