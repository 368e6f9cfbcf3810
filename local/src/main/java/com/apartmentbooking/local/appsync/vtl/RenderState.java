package com.apartmentbooking.local.appsync.vtl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one rendering collects besides its text: the raised error, the appended ones, a {@code #return}. */
final class RenderState {

    /** Where the state sits in the Velocity context: not a VTL identifier, so no template can reach it. */
    static final String KEY = "appsync:render";

    private final Map<String, Object> info;
    private final List<Object> outErrors;
    private final List<TemplateError> appended = new ArrayList<>();
    private TemplateError raised;
    private boolean returned;
    private Object returnedValue;

    /**
     * @param info {@code $ctx.info}, for the field {@code $util.unauthorized} names
     * @param outErrors {@code $ctx.outErrors} as the template sees it; appended errors are added to it
     */
    RenderState(Map<String, Object> info, List<Object> outErrors) {
        this.info = info;
        this.outErrors = outErrors;
    }

    /** Records {@code error} as the template's outcome and ends the template. */
    TemplateStop raise(TemplateError error) {
        raised = error;
        return new TemplateStop();
    }

    void append(TemplateError error) {
        appended.add(error);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("message", error.message());
        shown.put("errorType", error.errorType());
        shown.put("data", error.data());
        shown.put("errorInfo", error.errorInfo());
        outErrors.add(shown);
    }

    /** Records the value of {@code #return} and ends the template. */
    TemplateStop returnWith(Object value) {
        returned = true;
        returnedValue = value;
        return new TemplateStop();
    }

    Object info(String name) {
        return info == null ? null : info.get(name);
    }

    TemplateError raised() {
        return raised;
    }

    List<TemplateError> appended() {
        return appended;
    }

    boolean returned() {
        return returned;
    }

    Object returnedValue() {
        return returnedValue;
    }
}
