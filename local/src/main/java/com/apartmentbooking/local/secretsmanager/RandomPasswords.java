package com.apartmentbooking.local.secretsmanager;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * GetRandomPassword's passwords (and so CloudFormation's GenerateSecretString): characters drawn from the included
 * types, less the excluded characters, with one of each included type when every type is required.
 */
final class RandomPasswords {

    static final int DEFAULT_LENGTH = 32;
    static final int MAX_LENGTH = 4096;
    private static final String LOWERCASE = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPERCASE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String NUMBERS = "0123456789";
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /** GetRandomPassword's members; null is AWS's default. */
    record Request(Integer passwordLength, String excludeCharacters, Boolean excludeNumbers,
            Boolean excludePunctuation, Boolean excludeUppercase, Boolean excludeLowercase, Boolean includeSpace,
            Boolean requireEachIncludedType) {
    }

    private final SecureRandom random = new SecureRandom();

    String generate(Request request) {
        int length = request.passwordLength() == null ? DEFAULT_LENGTH : request.passwordLength();
        if (length < 1 || length > MAX_LENGTH) {
            throw SecretsManagerErrors.constraint(Integer.toString(length), "passwordLength", length < 1
                    ? "Member must have value greater than or equal to 1"
                    : "Member must have value less than or equal to " + MAX_LENGTH);
        }
        String excluded = request.excludeCharacters() == null ? "" : request.excludeCharacters();
        List<String> types = new ArrayList<>();
        addType(types, LOWERCASE, request.excludeLowercase(), excluded);
        addType(types, UPPERCASE, request.excludeUppercase(), excluded);
        addType(types, NUMBERS, request.excludeNumbers(), excluded);
        addType(types, PUNCTUATION, request.excludePunctuation(), excluded);
        if (Boolean.TRUE.equals(request.includeSpace())) {
            addType(types, " ", false, excluded);
        }
        if (types.isEmpty()) {
            throw SecretsManagerErrors.invalidParameter("Every character type is excluded: no password can be made.");
        }
        boolean eachType = !Boolean.FALSE.equals(request.requireEachIncludedType());
        if (eachType && length < types.size()) {
            throw SecretsManagerErrors.invalidParameter("Password length is too short based on the required types.");
        }
        String all = String.join("", types);
        List<Character> password = new ArrayList<>(length);
        if (eachType) {
            types.forEach(type -> password.add(pick(type)));
        }
        while (password.size() < length) {
            password.add(pick(all));
        }
        Collections.shuffle(password, random);
        StringBuilder text = new StringBuilder(length);
        password.forEach(text::append);
        return text.toString();
    }

    private static void addType(List<String> types, String characters, Boolean excludeType, String excluded) {
        if (Boolean.TRUE.equals(excludeType)) {
            return;
        }
        StringBuilder kept = new StringBuilder();
        characters.chars().filter(c -> excluded.indexOf(c) < 0).forEach(c -> kept.append((char) c));
        if (!kept.isEmpty()) {
            types.add(kept.toString());
        }
    }

    private char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }
}
