package com.apartmentbooking.local.appsync.vtl;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code $util} (and its alias {@code $utils}) of one rendering: the helpers of AppSync's "Resolver mapping template
 * utility reference", with {@code time}, {@code str}, {@code math}, {@code list}, {@code map}, {@code dynamodb} and
 * {@code log} beneath it. {@code error}, {@code unauthorized} and a failed {@code validate} end the template.
 */
public final class TemplateUtil {

    private final RenderState state;
    private final TemplateHelpers helpers;

    TemplateUtil(RenderState state, TemplateHelpers helpers) {
        this.state = state;
        this.helpers = helpers;
    }

    public TemplateTime getTime() {
        return helpers.time();
    }

    public TemplateStrings getStr() {
        return helpers.strings();
    }

    public TemplateMath getMath() {
        return helpers.math();
    }

    public TemplateLists getList() {
        return helpers.lists();
    }

    public TemplateMaps getMap() {
        return helpers.maps();
    }

    public TemplateDynamoDb getDynamodb() {
        return helpers.dynamoDb();
    }

    public TemplateLog getLog() {
        return helpers.log();
    }

    /** JSON text of any value; a string comes out quoted and escaped, null as {@code null}. */
    public String toJson(Object value) {
        return helpers.json().write(value);
    }

    /** The value of JSON text, or null when it is not JSON. */
    public Object parseJson(String text) {
        return text == null ? null : helpers.json().read(text);
    }

    public String autoId() {
        return helpers.identifiers().uuid();
    }

    public String autoUlid() {
        return helpers.identifiers().ulid();
    }

    public String autoKsuid() {
        return helpers.identifiers().ksuid();
    }

    public void error(Object message) {
        error(message, null, null, null);
    }

    public void error(Object message, Object errorType) {
        error(message, errorType, null, null);
    }

    public void error(Object message, Object errorType, Object data) {
        error(message, errorType, data, null);
    }

    public void error(Object message, Object errorType, Object data, Object errorInfo) {
        throw state.raise(new TemplateError(text(message), text(errorType), data, errorInfo));
    }

    public void appendError(Object message) {
        appendError(message, null, null, null);
    }

    public void appendError(Object message, Object errorType) {
        appendError(message, errorType, null, null);
    }

    public void appendError(Object message, Object errorType, Object data) {
        appendError(message, errorType, data, null);
    }

    public void appendError(Object message, Object errorType, Object data, Object errorInfo) {
        state.append(new TemplateError(text(message), text(errorType), data, errorInfo));
    }

    /** Ends the template with AppSync's error for a field the caller may not access. */
    public void unauthorized() {
        throw state.raise(new TemplateError("Not Authorized to access " + state.info("fieldName") + " on type "
                + state.info("parentTypeName"), "Unauthorized", null, null));
    }

    public String validate(Boolean condition, Object message) {
        return validate(condition, message, null, null);
    }

    public String validate(Boolean condition, Object message, Object errorType) {
        return validate(condition, message, errorType, null);
    }

    /** Ends the template with the error unless {@code condition} holds; renders nothing. */
    public String validate(Boolean condition, Object message, Object errorType, Object data) {
        if (!Boolean.TRUE.equals(condition)) {
            error(message, errorType, data, null);
        }
        return "";
    }

    /** Evaluates its argument and renders nothing: {@code $util.qr($map.put("k", "v"))}. */
    public String qr(Object ignored) {
        return "";
    }

    public String quiet(Object ignored) {
        return "";
    }

    public boolean isNull(Object value) {
        return value == null;
    }

    public boolean isNullOrEmpty(Object value) {
        return value == null || value.toString().isEmpty();
    }

    public boolean isNullOrBlank(Object value) {
        return value == null || value.toString().isBlank();
    }

    public Object defaultIfNull(Object value, Object fallback) {
        return isNull(value) ? fallback : value;
    }

    public Object defaultIfNullOrEmpty(Object value, Object fallback) {
        return isNullOrEmpty(value) ? fallback : value;
    }

    public Object defaultIfNullOrBlank(Object value, Object fallback) {
        return isNullOrBlank(value) ? fallback : value;
    }

    public boolean isString(Object value) {
        return value instanceof String;
    }

    public boolean isNumber(Object value) {
        return value instanceof Number;
    }

    public boolean isBoolean(Object value) {
        return value instanceof Boolean;
    }

    public boolean isList(Object value) {
        return value instanceof List;
    }

    public boolean isMap(Object value) {
        return value instanceof Map;
    }

    /** {@code Null}, {@code Number}, {@code String}, {@code Map}, {@code List}, {@code Boolean}, else {@code Object}. */
    public String typeOf(Object value) {
        if (value == null) {
            return "Null";
        }
        if (value instanceof Number) {
            return "Number";
        }
        if (value instanceof String) {
            return "String";
        }
        if (value instanceof Map) {
            return "Map";
        }
        if (value instanceof List) {
            return "List";
        }
        return value instanceof Boolean ? "Boolean" : "Object";
    }

    /** Whether the regular expression {@code pattern} matches the whole of {@code text}. */
    public boolean matches(String pattern, String text) {
        return text != null && text.matches(pattern);
    }

    public String escapeJavaScript(String text) {
        return JavaScriptEscaper.escape(text);
    }

    /** {@code application/x-www-form-urlencoded}, UTF-8. */
    public String urlEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public String urlDecode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** Bytes, or a string as its UTF-8 bytes, in base64. */
    public String base64Encode(Object data) {
        byte[] bytes = data instanceof byte[] raw ? raw : String.valueOf(data).getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The decoded bytes as UTF-8 text, which is what a template can render. */
    public String base64Decode(String text) {
        return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
