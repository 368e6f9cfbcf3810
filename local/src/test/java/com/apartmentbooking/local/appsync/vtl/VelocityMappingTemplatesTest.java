package com.apartmentbooking.local.appsync.vtl;

import static com.apartmentbooking.local.appsync.vtl.Rendering.context;
import static com.apartmentbooking.local.appsync.vtl.Rendering.render;
import static com.apartmentbooking.local.appsync.vtl.Rendering.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class VelocityMappingTemplatesTest {

    private final VelocityMappingTemplates templates = new VelocityMappingTemplates();

    @Test
    void ctxAndContextAreTheSameObjectAndArgsIsArguments() {
        TemplateContext context = context(Map.of("id", "a1"), null);

        assertEquals("a1 a1 a1 a1 true", templates.render(
                "$ctx.args.id $ctx.arguments.id $context.args.id $context.arguments.id ${ctx.equals($context)}",
                context).output());
    }

    @Test
    void theContextCarriesEveryPartOfTheResolution() {
        Map<String, Object> stash = new HashMap<>(Map.of("step", 1));
        TemplateContext context = new TemplateContext(Map.of("id", "a1"), Map.of("bookingId", "b1"),
                Map.of("accountId", "123456789012"), Map.of("headers", Map.of("x-api-key", "da2-key")),
                Map.of("fieldName", "apartment", "parentTypeName", "Booking"), stash, Map.of("result", "earlier"),
                Map.of("status", "VACANT"), Map.of("message", "failed", "type", "Lambda:Unhandled"),
                List.of(Map.of("message", "before")));

        assertEquals("b1 123456789012 da2-key apartment Booking 1 earlier VACANT failed Lambda:Unhandled before",
                templates.render("$ctx.source.bookingId $ctx.identity.accountId $ctx.request.headers.get(\"x-api-key\") "
                        + "$ctx.info.fieldName $ctx.info.parentTypeName $ctx.stash.step $ctx.prev.result "
                        + "$ctx.result.status $ctx.error.message $ctx.error.type $ctx.outErrors[0].message", context)
                        .output());
    }

    @Test
    void mapKeysThatAreNotIdentifiersAreReadWithBrackets() {
        TemplateContext context = new TemplateContext(Map.of(), null,
                Map.of("claims", Map.of("http://tenant", "t1")), Map.of(), Map.of(), new HashMap<>(), null, null, null,
                List.of());

        assertEquals("\"t1\"", templates.render("$util.toJson($context.identity.claims['http://tenant'])", context)
                .output());
    }

    @Test
    void aDefaultedArgumentIsRenderedInPlace() {
        String template = "#set( $limit = $util.defaultIfNull($context.args.limit, 10) )\n{\"limit\": $limit}";

        assertEquals("{\"limit\": 10}", templates.render(template, context(Map.of(), null)).output());
        assertEquals("{\"limit\": 25}", templates.render(template, context(Map.of("limit", 25), null)).output());
    }

    @Test
    void classesAndReflectionAreOutOfReach() {
        assertEquals("$util.getClass().forName(\"java.lang.Runtime\")",
                text("$util.getClass().forName(\"java.lang.Runtime\")"));
    }

    @Test
    void filesAreOutOfReach() {
        assertThrows(TemplateException.class, () -> text("#include(\"pom.xml\")"));
        assertThrows(TemplateException.class, () -> text("#parse(\"pom.xml\")"));
    }

    @Test
    void aReferenceToNothingRendersAsItsOwnTextUnlessQuiet() {
        assertEquals("$foo $ctx.args.missing [] $ctx.source", text("$foo $ctx.args.missing [$!foo] $ctx.source"));
    }

    @Test
    void anEmptyStringIsTrueAndOnlyNullAndFalseAreFalse() {
        assertEquals("empty-is-true null-is-false false-is-false", text("#if(\"\")empty-is-true#end "
                + "#if($ctx.source)#{else}null-is-false#end #if(false)#{else}false-is-false#end"));
    }

    @Test
    void aMapPutRendersThePreviousValueUnlessQuietened() {
        TemplateContext context = context(Map.of(), null);

        TemplateOutcome outcome = templates.render(
                "$util.qr($ctx.stash.put(\"k\", \"v\"))$util.quiet($ctx.stash.put(\"k\", \"w\")) ($ctx.stash.put(\"k\", \"x\"))",
                context);

        assertEquals(" (w)", outcome.output());
    }

    @Test
    void theStashChangedByATemplateIsSeenAfterwards() {
        TemplateContext context = context(Map.of("id", "a1"), null);

        templates.render("$util.qr($ctx.stash.put(\"apartmentId\", $ctx.args.id))#set($ctx.stash.count = 2)", context);

        assertEquals(Map.of("apartmentId", "a1", "count", 2), context.stash());
    }

    @Test
    void returnWithoutAValueEndsTheTemplateWithNull() {
        TemplateOutcome outcome = render("before #return after");

        assertTrue(outcome.returned());
        assertEquals("null", outcome.output());
        assertNull(outcome.raised());
    }

    @Test
    void returnWithAValueEndsTheTemplateWithItsJson() {
        TemplateOutcome outcome = render("#set($x = {\"id\": $ctx.args.id, \"n\": [1, 2.5, true]})\n"
                + "#if($x)\n  #return($x)\n#end\n$util.error(\"not reached\")", context(Map.of("id", "a1"), null));

        assertTrue(outcome.returned());
        assertEquals("{\"id\":\"a1\",\"n\":[1,2.5,true]}", outcome.output());
        assertNull(outcome.raised());
    }

    @Test
    void returnOfAStringIsItsJsonString() {
        assertEquals("\"done\"", render("#return(\"done\")").output());
    }

    @Test
    void withoutReturnTheOutcomeIsTheText() {
        TemplateOutcome outcome = render("{\"a\": 1}");

        assertFalse(outcome.returned());
        assertEquals("{\"a\": 1}", outcome.output());
    }

    @Test
    void errorEndsTheTemplateWithTheErrorInTheOutcome() {
        TemplateOutcome outcome = render("$util.appendError(\"first\")"
                + "$util.error(\"Apartment a1 not found\", \"NotFound\", {\"id\": \"a1\"}, {\"hint\": \"list\"})"
                + "$util.appendError(\"never\") after");

        assertEquals(new TemplateError("Apartment a1 not found", "NotFound", Map.of("id", "a1"),
                Map.of("hint", "list")), outcome.raised());
        assertEquals(List.of(new TemplateError("first", null, null, null)), outcome.appended());
        assertFalse(outcome.output().contains("after"));
        assertFalse(outcome.returned());
    }

    @Test
    void errorTakesOneToFourArguments() {
        assertEquals(new TemplateError("m", null, null, null), render("$util.error(\"m\")").raised());
        assertEquals(new TemplateError("m", "T", null, null), render("$util.error(\"m\", \"T\")").raised());
        assertEquals(new TemplateError("m", "T", List.of(1), null), render("$util.error(\"m\", \"T\", [1])").raised());
        assertEquals(new TemplateError("m", null, null, "i"),
                render("$util.error(\"m\", $ctx.source, $ctx.source, \"i\")").raised());
    }

    @Test
    void appendErrorKeepsGoingAndShowsInOutErrors() {
        TemplateContext context = context(Map.of(), null);

        TemplateOutcome outcome = templates.render("$util.appendError(\"one\")$utils.appendError(\"two\", \"Kind\", "
                + "{\"a\": 1})$ctx.outErrors.size() $ctx.outErrors[1].errorType", context);

        assertEquals("2 Kind", outcome.output());
        assertEquals(List.of(new TemplateError("one", null, null, null),
                new TemplateError("two", "Kind", Map.of("a", 1), null)), outcome.appended());
        assertNull(outcome.raised());
        assertEquals(List.of(), context.outErrors());
    }

    @Test
    void unauthorizedNamesTheField() {
        assertEquals(new TemplateError("Not Authorized to access apartment on type Query", "Unauthorized", null,
                null), render("$util.unauthorized()").raised());
    }

    @Test
    void validateRaisesOnlyWhenTheConditionFails() {
        assertNull(render("$util.validate(true, \"fine\")").raised());
        assertEquals(new TemplateError("limit too large", "ValidationError", null, null),
                render("$util.validate(false, \"limit too large\", \"ValidationError\")").raised());
    }

    @Test
    void aTemplateThatDoesNotParseIsATemplateExceptionWithVelocitysWords() {
        TemplateException e = assertThrows(TemplateException.class, () -> render("{\n#if($x in $y)#end"));

        assertTrue(e.getMessage().startsWith("Encountered \"in\" at velocity[line 2, column 8]"), e.getMessage());
    }

    @Test
    void aMethodThatFailsIsATemplateException() {
        TemplateContext context = new TemplateContext(Map.of(), null, null, Map.of(), Map.of(), Map.of(), null, null,
                null, List.of());

        TemplateException e = assertThrows(TemplateException.class,
                () -> templates.render("$ctx.stash.put(\"k\", 1)", context));

        assertTrue(e.getMessage().contains("Invocation of method 'put'"), e.getMessage());
        assertTrue(e.getMessage().contains("at velocity[line 1, column 12]"), e.getMessage());
    }

    @Test
    void oneParsedTemplateServesManyContextsWithoutSharingState() {
        String template = "#if($ctx.args.fail)$util.error(\"failed\")#end"
                + "$util.appendError($ctx.args.id)$util.toJson($ctx.args.id)";

        TemplateOutcome failed = templates.render(template, context(Map.of("id", "a1", "fail", true), null));
        TemplateOutcome fine = templates.render(template, context(Map.of("id", "a2"), null));

        assertEquals("failed", failed.raised().message());
        assertEquals(List.of(), failed.appended());
        assertNull(fine.raised());
        assertEquals(List.of(new TemplateError("a2", null, null, null)), fine.appended());
        assertEquals("\"a2\"", fine.output());
    }

    @Test
    void concurrentRenderingsOfOneTemplateEachSeeTheirOwnContext() throws Exception {
        String template = "$util.toJson($ctx.args)";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> outputs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                outputs.add(pool.submit(() -> templates.render(template, context(Map.of("n", n), null)).output()));
            }
            for (int i = 0; i < outputs.size(); i++) {
                assertEquals("{\"n\":" + i + "}", outputs.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void velocityMapAndListLiteralsKeepTheirOrder() {
        assertEquals("{\"z\":1,\"a\":2} [3,1]", text("$util.toJson({\"z\": 1, \"a\": 2}) $util.toJson([3, 1])"));
    }
}
