package com.apartmentbooking.reservation;

/**
 * A stream record announces a new REQUESTED booking but lacks what its BookingRequested needs. It is reported as
 * failed rather than skipped, so that after the retries it ends in the stream's on-failure destination instead
 * of leaving the booking REQUESTED unnoticed.
 */
public final class MalformedRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedRecordException(String message) {
        super(message);
    }
}
