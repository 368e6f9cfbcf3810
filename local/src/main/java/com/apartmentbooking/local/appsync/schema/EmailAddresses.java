package com.apartmentbooking.local.appsync.schema;

import java.util.regex.Pattern;

/** {@code AWSEmail}: {@code local-part@domain-part} as RFC 822 has it, without comments or quoted local parts. */
final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+"
            + "@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");

    private EmailAddresses() {
    }

    static boolean isAddress(String text) {
        return ADDRESS.matcher(text).matches();
    }
}
