package com.apartmentbooking.local.dynamodb;

import java.time.Instant;

/**
 * A ClientRequestToken of TransactWriteItems and the request it was first used with.
 *
 * @param request  the request's fingerprint ({@link RequestFingerprint}), to tell a retry from another request
 * @param firstUsed when the transaction of this token was applied; the token lives ten minutes from then
 */
public record TransactionToken(String token, String request, Instant firstUsed) {
}
