package com.apartmentbooking.local.appsync.vtl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders templates as a resolver of {@code Query.apartment} would, on a clock the test sets. */
final class Rendering {

    /** 2018-02-06T19:01:35.758Z, the instant of AppSync's own {@code $util.time} examples. */
    static final Instant EXAMPLE_NOW = Instant.ofEpochMilli(1517943695758L);

    private Rendering() {
    }

    static TemplateOutcome render(String template) {
        return render(template, context(Map.of(), null));
    }

    static TemplateOutcome render(String template, TemplateContext context) {
        return new VelocityMappingTemplates(() -> EXAMPLE_NOW).render(template, context);
    }

    /** The rendered text, for templates that neither raise nor return. */
    static String text(String template) {
        return render(template).output();
    }

    static TemplateContext context(Map<String, Object> arguments, Object result) {
        return new TemplateContext(new LinkedHashMap<>(arguments), null, null,
                Map.of("headers", Map.of("x-api-key", "da2-key"), "domainName", "localhost"),
                Map.of("fieldName", "apartment", "parentTypeName", "Query", "variables", Map.of()),
                new HashMap<>(), null, result, null, new ArrayList<>(List.of()));
    }
}
