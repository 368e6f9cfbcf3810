package com.apartmentbooking.local.template;

/**
 * An AWS::SecretsManager::Secret.
 *
 * @param arn its ARN once it exists (the random suffix is Secrets Manager's), else the placeholder ending
 *     {@code -pending}
 * @param secretString the first value, or null when {@code generateSecretString} gives it
 * @param generateSecretString GenerateSecretString as JSON (GetRandomPassword's members, SecretStringTemplate,
 *     GenerateStringKey), or null
 */
public record SecretSpec(String logicalId, String name, String arn, String description, String secretString,
        String generateSecretString) {

    /** The value stays out of logs. */
    @Override
    public String toString() {
        return "SecretSpec[logicalId=" + logicalId + ", name=" + name + ", arn=" + arn + "]";
    }
}
