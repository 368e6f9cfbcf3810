package com.apartmentbooking.local.dynamodb.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DynamoDB's number rules: canonical text, 38 significant digits, exponent range, and AWS's error texts. */
class NumbersTest {

    @ParameterizedTest(name = "{0} is stored as {1}")
    @CsvSource({
            "1.50, 1.5", "01, 1", "1E2, 100", "-0, 0", "0.000, 0", "1e-5, 0.00001", "+7, 7", "-12.3400, -12.34",
            "100, 100", "1.0E+3, 1000"
    })
    void answersInPlainTextWithoutLeadingOrTrailingZeros(String written, String stored) {
        assertEquals(stored, Numbers.canonical(written));
    }

    static Stream<Arguments> theLimits() {
        String largest = "9".repeat(38) + "0".repeat(88);
        String smallest = "0." + "0".repeat(129) + "1";
        return Stream.of(
                Arguments.of("12345678901234567890123456789012345678", "12345678901234567890123456789012345678"),
                Arguments.of("9.9999999999999999999999999999999999999E+125", largest),
                Arguments.of("1E-130", smallest),
                Arguments.of("-9.9999999999999999999999999999999999999E+125", "-" + largest),
                Arguments.of("-1E-130", "-" + smallest),
                Arguments.of("1234567890123456789012345678901234567800000", "1234567890123456789012345678901234567800000"));
    }

    @ParameterizedTest(name = "{0} is stored")
    @MethodSource("theLimits")
    void acceptsTheLimitsThemselves(String written, String stored) {
        assertEquals(stored, Numbers.canonical(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012345678901234567890123456789", "-1.23456789012345678901234567890123456789"})
    void refusesA39thSignificantDigit(String number) {
        assertEquals("Attempting to store more than 38 significant digits in a Number", message(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e126", "-1e126", "10E+125"})
    void refusesMagnitudesAboveTheRange(String number) {
        assertEquals("Number overflow. Attempting to store a number with magnitude larger than supported range",
                message(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-131", "-1e-131", "0.1E-130"})
    void refusesMagnitudesBelowTheRange(String number) {
        assertEquals("Number underflow. Attempting to store a number with magnitude smaller than supported range",
                message(number));
    }

    @ParameterizedTest
    @CsvSource(value = {"b|The parameter cannot be converted to a numeric value: b",
            "1x|The parameter cannot be converted to a numeric value: 1x",
            "NaN|The parameter cannot be converted to a numeric value: NaN"}, delimiter = '|')
    void refusesTextThatIsNoNumber(String text, String expected) {
        assertEquals(expected, message(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void refusesEmptyTextWithoutQuotingIt(String text) {
        assertEquals("The parameter cannot be converted to a numeric value", message(text));
    }

    private static String message(String number) {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> Numbers.parse(number));
        assertEquals("ValidationException", e.code());
        return e.getMessage();
    }
}
