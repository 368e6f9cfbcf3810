package com.apartmentbooking.local.appsync.vtl;

import java.util.List;

/**
 * What rendering a template gave.
 *
 * @param output the rendered text (a request for the data source, or the field's JSON value)
 * @param raised the error of {@code $util.error}, which ends the field with it, or null
 * @param appended the errors of {@code $util.appendError}, in order
 * @param returned whether {@code #return} ended the template; {@link #output} is then its value as JSON
 *     (the text {@code null} when it had none)
 */
public record TemplateOutcome(String output, TemplateError raised, List<TemplateError> appended, boolean returned) {

    public TemplateOutcome {
        appended = List.copyOf(appended);
    }
}
