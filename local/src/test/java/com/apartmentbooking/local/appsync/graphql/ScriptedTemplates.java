package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.vtl.MappingTemplates;
import com.apartmentbooking.local.appsync.vtl.TemplateContext;
import com.apartmentbooking.local.appsync.vtl.TemplateError;
import com.apartmentbooking.local.appsync.vtl.TemplateOutcome;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few mapping templates the engine's tests use, one statement a line: {@code $util.toJson(<ref>)} anywhere in
 * a line, {@code $util.qr($ctx.stash.put("k", "v"))}, {@code $util.error("m", "T")},
 * {@code $util.appendError("m", "T")}, {@code #if($ctx.error)$util.error($ctx.error.message, $ctx.error.type)#end},
 * {@code #return($util.toJson(<ref>))}. References: {@code $ctx.result}, {@code $ctx.prev.result},
 * {@code $ctx.stash}, {@code $ctx.arguments}, {@code $ctx.source} (also spelled {@code $context}).
 */
final class ScriptedTemplates implements MappingTemplates {

    private static final Pattern TO_JSON = Pattern.compile("\\$util\\.toJson\\(\\$(?:ctx|context)\\.([a-zA-Z.]+)\\)");
    private static final Pattern STASH_PUT = Pattern.compile("\\$util\\.qr\\(\\$ctx\\.stash\\.put\\(\"(.*)\", \"(.*)\"\\)\\)");
    private static final Pattern ERROR = Pattern.compile("\\$util\\.error\\(\"(.*)\", \"(.*)\"\\)");
    private static final Pattern APPEND = Pattern.compile("\\$util\\.appendError\\(\"(.*)\", \"(.*)\"\\)");
    private static final Pattern RETURN = Pattern.compile("#return\\((.*)\\)");

    @Override
    public TemplateOutcome render(String template, TemplateContext context) {
        StringBuilder output = new StringBuilder();
        List<TemplateError> appended = new ArrayList<>();
        for (String line : template.strip().split("\n")) {
            Matcher matcher;
            if ((matcher = STASH_PUT.matcher(line)).matches()) {
                context.stash().put(matcher.group(1), matcher.group(2));
            } else if ((matcher = ERROR.matcher(line)).matches()) {
                return new TemplateOutcome("", new TemplateError(matcher.group(1), matcher.group(2), null, null),
                        appended, false);
            } else if ((matcher = APPEND.matcher(line)).matches()) {
                appended.add(new TemplateError(matcher.group(1), matcher.group(2), null, null));
            } else if (line.equals("#if($ctx.error)$util.error($ctx.error.message, $ctx.error.type)#end")) {
                if (context.error() != null) {
                    return new TemplateOutcome("", new TemplateError((String) context.error().get("message"),
                            (String) context.error().get("type"), null, null), appended, false);
                }
            } else if ((matcher = RETURN.matcher(line)).matches()) {
                return new TemplateOutcome(substitute(matcher.group(1), context), null, appended, true);
            } else {
                output.append(substitute(line, context)).append('\n');
            }
        }
        return new TemplateOutcome(output.toString(), null, appended, false);
    }

    private static String substitute(String line, TemplateContext context) {
        Matcher matcher = TO_JSON.matcher(line);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(json(reference(matcher.group(1), context))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Object reference(String path, TemplateContext context) {
        String[] parts = path.split("\\.");
        Object value = switch (parts[0]) {
            case "result" -> context.result();
            case "prev" -> context.prev();
            case "stash" -> context.stash();
            case "arguments", "args" -> context.arguments();
            case "source" -> context.source();
            default -> throw new IllegalArgumentException("Unknown reference " + path);
        };
        for (int i = 1; i < parts.length; i++) {
            value = value instanceof Map<?, ?> map ? map.get(parts[i]) : null;
        }
        return value;
    }

    private static String json(Object value) {
        try {
            return Json.DATA.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
