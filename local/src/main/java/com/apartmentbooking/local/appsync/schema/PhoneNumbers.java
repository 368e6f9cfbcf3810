package com.apartmentbooking.local.appsync.schema;

import java.util.regex.Pattern;

/**
 * {@code AWSPhone}: digit groups separated by spaces or hyphens. With a leading {@code +} it is an international
 * number of up to 15 digits (E.164); without one it is a North American Numbering Plan number, as AppSync assumes:
 * ten digits (an optional leading 1 before them) whose area code and exchange do not start with 0 or 1.
 */
final class PhoneNumbers {

    private static final Pattern WRITTEN = Pattern.compile("\\+?\\d+(?:[ -]+\\d+)*");
    private static final Pattern NANP = Pattern.compile("1?[2-9]\\d{2}[2-9]\\d{6}");

    private PhoneNumbers() {
    }

    static boolean isPhoneNumber(String text) {
        if (!WRITTEN.matcher(text).matches()) {
            return false;
        }
        String digits = text.replaceAll("[^0-9]", "");
        if (!text.startsWith("+")) {
            return NANP.matcher(digits).matches();
        }
        if (digits.startsWith("1")) {
            return digits.length() == 11 && NANP.matcher(digits).matches();
        }
        return digits.length() >= 8 && digits.length() <= 15 && !digits.startsWith("0");
    }
}
