package com.apartmentbooking.local.dynamodb.value;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import java.math.BigDecimal;

/**
 * DynamoDB's number rules: exact decimals of at most 38 significant digits whose magnitude lies in
 * 1E-130 .. 9.9999999999999999999999999999999999999E+125 (or zero). DynamoDB keeps no trailing or leading zeros
 * and answers in plain notation, so {@code "1.50"} comes back as {@code "1.5"} and {@code "1E2"} as {@code "100"}.
 */
public final class Numbers {

    static final int MAX_DIGITS = 38;
    static final int MAX_EXPONENT = 125;
    static final int MIN_EXPONENT = -130;

    private Numbers() {
    }

    /** Parses wire text, raising AWS's texts for text that is no number or breaks the limits. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isEmpty()) {
            throw DynamoDbException.validation("The parameter cannot be converted to a numeric value");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw DynamoDbException.validation("The parameter cannot be converted to a numeric value: " + text);
        }
        return checkLimits(value);
    }

    /**
     * Checks a value against DynamoDB's limits (in DynamoDB's order: overflow, underflow, then precision) and returns
     * it without trailing zeros. Arithmetic results go through here too, so a sum that needs a 39th digit fails.
     */
    public static BigDecimal checkLimits(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        long exponent = (long) stripped.precision() - stripped.scale() - 1;
        if (exponent > MAX_EXPONENT) {
            throw DynamoDbException.validation(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (exponent < MIN_EXPONENT) {
            throw DynamoDbException.validation(
                    "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        if (stripped.precision() > MAX_DIGITS) {
            throw DynamoDbException.validation("Attempting to store more than 38 significant digits in a Number");
        }
        return stripped;
    }

    /** The text DynamoDB answers with: plain notation, no exponent, no leading or trailing zeros. */
    public static String canonical(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Parses, checks and returns the canonical text in one step, as the wire codec needs it. */
    public static String canonical(String text) {
        return canonical(parse(text));
    }
}
