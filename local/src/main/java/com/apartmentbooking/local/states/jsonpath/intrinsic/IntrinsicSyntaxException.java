package com.apartmentbooking.local.states.jsonpath.intrinsic;

/** An intrinsic function call that does not parse; the message says where and why. */
public class IntrinsicSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public IntrinsicSyntaxException(String message) {
        super(message);
    }
}
