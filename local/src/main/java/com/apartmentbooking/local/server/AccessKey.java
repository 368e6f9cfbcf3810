package com.apartmentbooking.local.server;

import java.util.Objects;

/**
 * An access key the runtime accepts SigV4 signatures from.
 *
 * @param accessKeyId the key id ({@code Credential=<key id>/...})
 * @param secretAccessKey the secret the signing key is derived from
 * @param sessionToken the session token a request signed with this key must carry as
 *     {@code X-Amz-Security-Token}, or {@code null} when the key is not a temporary one: a request signed with such
 *     a key is accepted whatever token it carries, as the runtime issued none to check it against
 */
public record AccessKey(String accessKeyId, String secretAccessKey, String sessionToken) {

    public AccessKey {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }

    @Override
    public String toString() {
        return "AccessKey[" + accessKeyId + "]";
    }
}
