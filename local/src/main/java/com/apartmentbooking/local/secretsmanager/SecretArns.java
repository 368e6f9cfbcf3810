package com.apartmentbooking.local.secretsmanager;

import java.security.SecureRandom;

/**
 * Secrets' ARNs: {@code arn:aws:secretsmanager:<region>:<account>:secret:<name>-<6 random characters>}. The
 * suffix makes a secret deleted and created again under its name a different resource, so a policy or a client
 * holding the old ARN does not reach the new one.
 */
final class SecretArns {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int SUFFIX_LENGTH = 6;

    private final SecureRandom random = new SecureRandom();
    private final String prefix;

    SecretArns(String region, String accountId) {
        this.prefix = "arn:aws:secretsmanager:" + region + ":" + accountId + ":secret:";
    }

    String newArn(String name) {
        StringBuilder suffix = new StringBuilder(SUFFIX_LENGTH);
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            suffix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return prefix + name + "-" + suffix;
    }

    static boolean isArn(String secretId) {
        return secretId.startsWith("arn:");
    }

    /**
     * Whether {@code secretId}, an ARN, names {@code secret}: its full ARN, or its partial ARN (without the
     * suffix), which AWS also accepts.
     */
    static boolean names(String secretId, Secret secret) {
        String full = secret.arn();
        return secretId.equals(full) || secretId.equals(full.substring(0, full.length() - SUFFIX_LENGTH - 1));
    }
}
