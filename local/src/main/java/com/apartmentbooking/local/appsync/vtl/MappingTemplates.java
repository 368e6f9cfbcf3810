package com.apartmentbooking.local.appsync.vtl;

/** Renders AppSync resolver mapping templates (VTL) against a resolver's context. */
public interface MappingTemplates {

    /**
     * Renders {@code template} with {@code $ctx}/{@code $context} and {@code $util} over {@code context}.
     * Never throws for what the template does ({@code $util.error} is in the outcome); throws
     * {@link TemplateException} when the template cannot be parsed or evaluated, with AppSync's message.
     */
    TemplateOutcome render(String template, TemplateContext context);
}
