package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.vtl.MappingTemplates;
import com.apartmentbooking.local.appsync.vtl.TemplateContext;
import com.apartmentbooking.local.appsync.vtl.TemplateException;
import com.apartmentbooking.local.appsync.vtl.TemplateOutcome;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Renders a mapping template of a resolution and reads its output as the JSON value it must be. */
final class TemplateRenderer {

    static final String MAPPING_TEMPLATE = "MappingTemplate";

    private final MappingTemplates templates;

    TemplateRenderer(MappingTemplates templates) {
        this.templates = templates;
    }

    /**
     * @return the output's value ({@link Resolved#finished()} when {@code #return} ended the template), or the
     *     error the template raised or that its output gives
     */
    Resolved render(String template, TemplateContext context, Resolution resolution) {
        TemplateOutcome outcome;
        try {
            outcome = templates.render(template, context);
        } catch (TemplateException e) {
            return Resolved.error(e.getMessage(), MAPPING_TEMPLATE);
        }
        resolution.append(outcome.appended());
        if (outcome.raised() != null) {
            return Resolved.error(outcome.raised());
        }
        String output = outcome.output() == null ? "" : outcome.output().strip();
        if (output.isEmpty()) {
            return outcome.returned() ? Resolved.finalValue(null)
                    : Resolved.error("Template transformation yielded an empty response.", MAPPING_TEMPLATE);
        }
        try {
            Object value = Json.DATA.readValue(output, Object.class);
            return outcome.returned() ? Resolved.finalValue(value) : Resolved.value(value);
        } catch (JsonProcessingException e) {
            return Resolved.error("Unable to parse the JSON document: '" + e.getOriginalMessage() + "'",
                    MAPPING_TEMPLATE);
        }
    }
}
