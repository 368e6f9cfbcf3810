package com.apartmentbooking.local.states.jsonpath.intrinsic;

/**
 * A call that parsed but could not be evaluated: an argument of the wrong type or out of range,
 * or a path argument that found nothing. The message is AWS's text for the failure; the
 * expression it happened in is added by {@link Intrinsics}.
 */
class IntrinsicFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IntrinsicFailure(String message) {
        super(message);
    }

    /** AWS's single wording for any argument a function rejects. */
    static IntrinsicFailure invalidArguments(String function) {
        return new IntrinsicFailure("Invalid arguments in " + function);
    }
}
