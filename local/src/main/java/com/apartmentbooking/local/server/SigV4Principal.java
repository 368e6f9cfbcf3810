package com.apartmentbooking.local.server;

/**
 * Who signed a request, once its signature is verified: what AWS derives from the access key's owner.
 *
 * @param accessKeyId the key the request was signed with
 * @param accountId the account the key belongs to
 * @param userArn the key owner's ARN
 * @param username the key owner's unique id, as IAM reports it for a user
 */
public record SigV4Principal(String accessKeyId, String accountId, String userArn, String username) {
}
