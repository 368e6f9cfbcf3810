package com.apartmentbooking.local.appsync.vtl;

import static com.apartmentbooking.local.appsync.vtl.Rendering.context;
import static com.apartmentbooking.local.appsync.vtl.Rendering.render;
import static com.apartmentbooking.local.appsync.vtl.Rendering.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateStringsTest {

    @Test
    void caseAndReplacement() {
        assertEquals("HELLO WORLD hello world hello, hello",
                text("$util.str.toUpper(\"hello World\") $util.str.toLower(\"Hello World\") "
                        + "$util.str.toReplace(\"hi, hi\", \"hi\", \"hello\")"));
    }

    @Test
    void normalizationInEachForm() {
        TemplateContext context = context(Map.of("composed", "\u00e9", "decomposed", "e\u0301", "ligature", "\ufb01"),
                null);

        assertEquals("true true fi 2", render("${util.str.normalize($ctx.args.decomposed, \"nfc\").equals($ctx.args.composed)} "
                + "${util.str.normalize($ctx.args.composed, \"NFD\").equals($ctx.args.decomposed)} "
                + "$util.str.normalize($ctx.args.ligature, \"nfkc\") "
                + "$util.str.normalize($ctx.args.composed, \"nfkd\").length()", context).output());
    }
}
