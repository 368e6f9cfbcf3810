package com.apartmentbooking.payment;

import com.apartmentbooking.model.items.Payment;
import com.apartmentbooking.model.validation.InputRules;
import com.apartmentbooking.model.validation.ValidationException;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A provider's {@code payment.succeeded} event: {@code {"id","type","data":{"bookingId","amount","currency"}}}.
 * Parse only bodies whose signature was verified.
 */
public record PaymentNotification(String id, String bookingId, BigDecimal amount, String currency) {

    public static final String PAYMENT_SUCCEEDED = "payment.succeeded";

    /**
     * The provider's event ids (e.g. {@code evt_1Nq...}) are opaque; 128 characters of a URL-safe
     * alphabet leave room for any provider's format while keeping the key small and printable.
     */
    static final int MAX_EVENT_ID_LENGTH = 128;

    /** Generous for any real payment, and it keeps a signed but absurd exponent from exploding as text. */
    static final int MAX_AMOUNT_DIGITS = 18;

    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_EVENT_ID_LENGTH + "}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    // Floats are read as BigDecimal and kept as written (12.50 stays 12.50): money is never a double.
    // Duplicate keys and trailing content are refused: a signed body must have one meaning.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    /**
     * Whether this is what {@code recorded} recorded for the same event id: same booking, currency and amount.
     * Amounts compare by value, so 120.5 replays 120.50.
     */
    public boolean matches(Payment recorded) {
        return bookingId.equals(recorded.getBookingId())
                && currency.equals(recorded.getCurrency())
                && amount.compareTo(new BigDecimal(recorded.getAmount())) == 0;
    }

    /**
     * Reads a verified body. Empty when the event is of another type: providers send many event
     * types to the same endpoint and this handler acts on {@code payment.succeeded} only, so the
     * others are acknowledged without looking at their (differently shaped) data.
     *
     * @throws ValidationException naming every problem, when the body is not a valid notification
     */
    public static Optional<PaymentNotification> parse(byte[] rawBody) {
        JsonNode root = readObject(rawBody);
        JsonNode type = root.get("type");
        if (type != null && type.isTextual() && !type.textValue().equals(PAYMENT_SUCCEEDED)) {
            return Optional.empty();
        }
        InputRules rules = new InputRules();
        String id = requiredText(root, "id", "id", rules);
        if (id != null && !EVENT_ID.matcher(id).matches()) {
            rules.violation("id", "must be 1 to " + MAX_EVENT_ID_LENGTH
                    + " characters of letters, digits, '_' or '-'");
        }
        requiredText(root, "type", "type", rules);
        JsonNode data = root.get("data");
        String bookingId = null;
        BigDecimal amount = null;
        String currency = null;
        if (data == null || !data.isObject()) {
            rules.violation("data", "must be an object");
        } else {
            Object booking = asInputValue(data.get("bookingId"));
            rules.id("data.bookingId", booking);
            bookingId = booking instanceof String text ? text : null;
            amount = amount(data.get("amount"), rules);
            currency = requiredText(data, "currency", "data.currency", rules);
            if (currency != null && !CURRENCY.matcher(currency).matches()) {
                rules.violation("data.currency", "must be 3 upper-case letters (ISO 4217)");
            }
        }
        rules.throwIfInvalid();
        return Optional.of(new PaymentNotification(id, bookingId, amount, currency));
    }

    private static JsonNode readObject(byte[] rawBody) {
        JsonNode root;
        try {
            root = JSON.readTree(rawBody);
        } catch (JacksonException e) {
            throw new ValidationException("body", "is not valid JSON");
        } catch (IOException e) {
            throw new IllegalStateException("reading from a byte array cannot fail with I/O", e);
        }
        if (root == null || !root.isObject()) {
            throw new ValidationException("body", "must be a JSON object");
        }
        return root;
    }

    private static BigDecimal amount(JsonNode node, InputRules rules) {
        if (node == null || node.isNull()) {
            rules.violation("data.amount", "is required");
            return null;
        }
        if (!node.isNumber()) {
            rules.violation("data.amount", "must be a JSON number");
            return null;
        }
        BigDecimal amount = node.decimalValue();
        BigDecimal significant = amount.stripTrailingZeros();
        int integerDigits = significant.precision() - significant.scale();
        if (amount.signum() <= 0) {
            rules.violation("data.amount", "must be greater than zero");
        } else if (integerDigits > MAX_AMOUNT_DIGITS || significant.scale() > MAX_AMOUNT_DIGITS) {
            rules.violation("data.amount", "must have at most " + MAX_AMOUNT_DIGITS
                    + " digits before and after the decimal point");
        }
        return amount;
    }

    /** A field as {@link InputRules} takes it: the text of a string, null when absent, else the node itself. */
    private static Object asInputValue(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.textValue() : value;
    }

    /** The field's text, or null after recording why it is missing or not a string. */
    private static String requiredText(JsonNode node, String field, String path, InputRules rules) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            rules.violation(path, "is required");
            return null;
        }
        if (!value.isTextual()) {
            rules.violation(path, "must be a string");
            return null;
        }
        return value.textValue();
    }
}
