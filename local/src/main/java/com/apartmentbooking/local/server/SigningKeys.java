package com.apartmentbooking.local.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SigV4 signing keys, derived once per secret and credential scope: the derivation is four HMACs, and a client signs
 * every request of a day with the same scope. The scopes a verifier accepts are few (its keys, today and the days
 * within the allowed skew, its services' regions), so the cache is only emptied when it grows past a bound.
 */
final class SigningKeys {

    /** Far above the scopes in use on one day; reached only over many days. */
    private static final int MAX_KEYS = 256;

    private final Map<Scoped, byte[]> keys = new ConcurrentHashMap<>();

    /** The key that signs a string to sign for {@code scope}; the caller must not change it. */
    byte[] of(String secret, SigV4Authorization.Scope scope) {
        Scoped scoped = new Scoped(secret, scope.date(), scope.region(), scope.service(), scope.terminator());
        byte[] key = keys.get(scoped);
        if (key == null) {
            if (keys.size() >= MAX_KEYS) {
                keys.clear();
            }
            key = derive(scoped);
            keys.put(scoped, key);
        }
        return key;
    }

    /** The HMAC-SHA256 of {@code data} under {@code key}. */
    static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    private static byte[] derive(Scoped scoped) {
        byte[] key = hmac(("AWS4" + scoped.secret()).getBytes(StandardCharsets.UTF_8), scoped.date());
        key = hmac(key, scoped.region());
        key = hmac(key, scoped.service());
        return hmac(key, scoped.terminator());
    }

    private record Scoped(String secret, String date, String region, String service, String terminator) {
    }
}
