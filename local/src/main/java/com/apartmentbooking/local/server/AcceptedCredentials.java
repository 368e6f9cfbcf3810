package com.apartmentbooking.local.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The access keys whose SigV4 signatures the runtime verifies, and who owns them. Every key belongs to the
 * runtime's one account and its one user, {@code local}: the runtime has no IAM, so a key only proves that the
 * caller knows a secret the runtime was given.
 */
public final class AcceptedCredentials {

    /** The key every function instance is given as AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN. */
    public static final AccessKey FUNCTION_KEY =
            new AccessKey("ASIALOCALLAMBDAKEY00", "local-lambda-secret-access-key", "local-lambda-session-token");

    /** The key the repository's README tells users to export for the AWS CLI and SDKs. */
    public static final AccessKey README_KEY = new AccessKey("local", "local", null);

    private static final String USER_NAME = "local";

    private final String accountId;
    private final Map<String, AccessKey> keys;

    private AcceptedCredentials(String accountId, Map<String, AccessKey> keys) {
        this.accountId = accountId;
        this.keys = Collections.unmodifiableMap(keys);
    }

    /** The function key and the README's key, then {@code extra}; an extra key replaces a default of the same id. */
    public static AcceptedCredentials of(String accountId, List<AccessKey> extra) {
        Map<String, AccessKey> keys = new LinkedHashMap<>();
        keys.put(FUNCTION_KEY.accessKeyId(), FUNCTION_KEY);
        keys.put(README_KEY.accessKeyId(), README_KEY);
        extra.forEach(key -> keys.put(key.accessKeyId(), key));
        return new AcceptedCredentials(accountId, keys);
    }

    /** The default keys only. */
    public static AcceptedCredentials defaults(String accountId) {
        return of(accountId, List.of());
    }

    /**
     * Reads the keys of a command-line option: {@code KEY_ID:SECRET[:SESSION_TOKEN]} entries separated by commas,
     * e.g. {@code AKIDEXAMPLE:secret,ASIATEMP:secret2:token}. Key ids, secrets and tokens of AWS never hold a colon
     * or a comma. A blank option is no keys.
     *
     * @throws IllegalArgumentException naming the entry that is not of that form, or a key id given twice
     */
    public static List<AccessKey> parse(String option) {
        List<AccessKey> keys = new ArrayList<>();
        if (option == null || option.isBlank()) {
            return keys;
        }
        Map<String, AccessKey> seen = new LinkedHashMap<>();
        for (String entry : option.split(",", -1)) {
            String[] parts = entry.trim().split(":", -1);
            if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()
                    || (parts.length == 3 && parts[2].isEmpty())) {
                throw new IllegalArgumentException("Invalid access key '" + entry.trim()
                        + "': expected KEY_ID:SECRET or KEY_ID:SECRET:SESSION_TOKEN");
            }
            AccessKey key = new AccessKey(parts[0], parts[1], parts.length == 3 ? parts[2] : null);
            if (seen.put(key.accessKeyId(), key) != null) {
                throw new IllegalArgumentException("Access key id '" + key.accessKeyId() + "' is given twice");
            }
            keys.add(key);
        }
        return keys;
    }

    /** The key of that id, or empty when the runtime does not know it. */
    public Optional<AccessKey> key(String accessKeyId) {
        return Optional.ofNullable(keys.get(accessKeyId));
    }

    /** Every accepted key, the defaults first. */
    public List<AccessKey> keys() {
        return List.copyOf(keys.values());
    }

    /**
     * The owner of a key: user {@code local} of the runtime's account. The key id stands for IAM's unique user id
     * ({@code username}), so that callers with different keys stay apart.
     */
    public SigV4Principal principal(AccessKey key) {
        return new SigV4Principal(key.accessKeyId(), accountId,
                "arn:aws:iam::" + accountId + ":user/" + USER_NAME, key.accessKeyId());
    }
}
