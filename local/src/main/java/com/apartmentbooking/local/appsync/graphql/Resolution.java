package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.vtl.TemplateContext;
import com.apartmentbooking.local.appsync.vtl.TemplateError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field's resolution in progress: the field's context, the stash every template and function shares, and the
 * errors templates appended ({@code $util.appendError}), which the field reports whatever its value.
 */
final class Resolution {

    private final FieldContext field;
    private final Map<String, Object> stash = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Object> outErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<TemplateError> appended = Collections.synchronizedList(new ArrayList<>());

    Resolution(FieldContext field) {
        this.field = field;
    }

    FieldContext field() {
        return field;
    }

    Map<String, Object> stash() {
        return stash;
    }

    /** {@code $ctx} for a template of this resolution. */
    TemplateContext context(Map<String, Object> prev, Object result, Map<String, Object> error) {
        return new TemplateContext(field.arguments(), field.source(), field.identity(), field.request(), field.info(),
                stash, prev, result, error, outErrors);
    }

    void append(List<TemplateError> errors) {
        for (TemplateError error : errors) {
            appended.add(error);
            Map<String, Object> outError = new LinkedHashMap<>();
            outError.put("message", error.message());
            outError.put("type", error.errorType());
            outError.put("data", error.data());
            outError.put("errorInfo", error.errorInfo());
            outErrors.add(outError);
        }
    }

    List<TemplateError> appended() {
        synchronized (appended) {
            return List.copyOf(appended);
        }
    }

    /** {@code $ctx.prev}: {@code {"result": ...}}. */
    static Map<String, Object> prev(Object result) {
        Map<String, Object> prev = new LinkedHashMap<>();
        prev.put("result", result);
        return prev;
    }
}
