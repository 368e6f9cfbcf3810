package com.apartmentbooking.local.appsync.vtl;

import static com.apartmentbooking.local.appsync.vtl.Rendering.EXAMPLE_NOW;
import static com.apartmentbooking.local.appsync.vtl.Rendering.context;
import static com.apartmentbooking.local.appsync.vtl.Rendering.render;
import static com.apartmentbooking.local.appsync.vtl.Rendering.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateUtilTest {

    @Test
    void toJsonQuotesAndEscapesStringsAndWritesEveryKindOfValue() {
        TemplateContext context = context(Map.of("text", "say \"hi\"\n\\ ok", "n", 3, "x", 2.5), null);

        assertEquals("\"say \\\"hi\\\"\\n\\\\ ok\" 3 2.5 null true [1,\"a\"] {\"k\":{\"v\":null}}",
                render("$util.toJson($ctx.args.text) $util.toJson($ctx.args.n) $util.toJson($ctx.args.x) "
                        + "$util.toJson($ctx.args.missing) $util.toJson(true) $util.toJson([1, \"a\"]) "
                        + "$util.toJson({\"k\": {\"v\": $ctx.args.missing}})", context).output());
    }

    @Test
    void parseJsonGivesMapsListsAndScalarsAndNullForWhatIsNotJson() {
        TemplateContext context = context(Map.of("body", "{\"items\": [1, 2.5, \"x\"], \"ok\": true}",
                "broken", "<html>"), null);

        assertEquals("2.5 true Map true", render("#set($b = $util.parseJson($ctx.args.body))$b.items[1] $b.ok "
                + "$util.typeOf($b) $util.isNull($util.parseJson($ctx.args.broken))", context).output());
    }

    @Test
    void autoIdIsARandomUuid() {
        String[] ids = text("$util.autoId() $util.autoId()").split(" ");

        assertTrue(ids[0].matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), ids[0]);
        assertNotEquals(ids[0], ids[1]);
    }

    @Test
    void autoUlidStartsWithTheClocksMilliseconds() {
        String ulid = text("$util.autoUlid()");

        assertTrue(ulid.matches("[0-9A-HJKMNP-TV-Z]{26}"), ulid);
        assertEquals(EXAMPLE_NOW.toEpochMilli(), crockford(ulid.substring(0, 10)));
    }

    @Test
    void autoKsuidStartsWithTheClocksSecondsSinceItsEpoch() {
        String ksuid = text("$util.autoKsuid()");

        assertTrue(ksuid.matches("[0-9A-Za-z]{27}"), ksuid);
        BigInteger value = BigInteger.ZERO;
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        for (char c : ksuid.toCharArray()) {
            value = value.multiply(BigInteger.valueOf(62)).add(BigInteger.valueOf(alphabet.indexOf(c)));
        }
        assertEquals(EXAMPLE_NOW.getEpochSecond() - 1_400_000_000L, value.shiftRight(128).longValueExact());
    }

    @Test
    void nullEmptyAndBlankChecksAndTheirDefaults() {
        TemplateContext context = context(Map.of("empty", "", "blank", "  ", "name", "Ann"), null);

        assertEquals("true false | true true false | true true false | d d Ann | d Ann d d",
                render("$util.isNull($ctx.args.none) $util.isNull($ctx.args.name) | "
                        + "$util.isNullOrEmpty($ctx.args.none) $util.isNullOrEmpty($ctx.args.empty) "
                        + "$util.isNullOrEmpty($ctx.args.blank) | $util.isNullOrBlank($ctx.args.none) "
                        + "$util.isNullOrBlank($ctx.args.blank) $util.isNullOrBlank($ctx.args.name) | "
                        + "$util.defaultIfNull($ctx.args.none, \"d\") $util.defaultIfNullOrEmpty($ctx.args.empty, \"d\") "
                        + "$util.defaultIfNullOrBlank($ctx.args.name, \"d\") | $util.defaultIfNullOrEmpty($ctx.args.none, \"d\") "
                        + "$util.defaultIfNull($ctx.args.name, \"d\") $util.defaultIfNullOrBlank($ctx.args.blank, \"d\") "
                        + "$util.defaultIfNullOrBlank($ctx.args.none, \"d\")", context).output());
    }

    @Test
    void typeChecksAndTypeOf() {
        assertEquals("true false true false true true true false",
                text("$util.isString(\"a\") $util.isString(1) $util.isNumber(1.5) $util.isNumber(\"1\") "
                        + "$util.isBoolean(false) $util.isList([]) $util.isMap({}) $util.isMap([])"));
        assertEquals("Null Number String Map List Boolean",
                text("$util.typeOf($ctx.source) $util.typeOf(1) $util.typeOf(\"a\") $util.typeOf({}) "
                        + "$util.typeOf([]) $util.typeOf(true)"));
    }

    @Test
    void matchesIsAWholeStringRegularExpression() {
        assertEquals("true false", text("$util.matches(\"a*b\", \"aaaaab\") $util.matches(\"a*b\", \"aaaaabc\")"));
    }

    @Test
    void escapeJavaScriptEscapesQuotesSlashesControlsAndNonAscii() {
        TemplateContext context = context(Map.of("s", "it's \"x\"/\\\n\té"), null);

        assertEquals("it\\'s \\\"x\\\"\\/\\\\\\n\\t\\u00E9",
                render("$util.escapeJavaScript($ctx.args.s)", context).output());
    }

    @Test
    void urlAndBase64EncodingRoundTrip() {
        assertEquals("a+b%26c%3D%C3%A9 a b&c=é aGVsbG8gd29ybGQ= hello world",
                text("$util.urlEncode(\"a b&c=é\") $util.urlDecode(\"a+b%26c%3D%C3%A9\") "
                        + "$util.base64Encode(\"hello world\") $util.base64Decode(\"aGVsbG8gd29ybGQ=\")"));
    }

    @Test
    void utilsIsAnAliasOfUtil() {
        assertEquals("\"a\" true", text("$utils.toJson(\"a\") $utils.isNull($ctx.source)"));
    }

    private static long crockford(String text) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        long value = 0;
        for (char c : text.toCharArray()) {
            value = value * 32 + alphabet.indexOf(c);
        }
        return value;
    }
}
