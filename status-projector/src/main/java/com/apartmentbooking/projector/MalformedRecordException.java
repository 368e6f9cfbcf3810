package com.apartmentbooking.projector;

/**
 * A record announces a status change that cannot be published as it stands (unknown status,
 * missing id). It is reported as failed rather than skipped, so it ends in the stream's on-failure
 * destination instead of vanishing.
 */
public class MalformedRecordException extends RuntimeException {

    public MalformedRecordException(String message) {
        super(message);
    }
}
