package com.apartmentbooking.infra;

import com.apartmentbooking.local.template.TemplateYaml;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The infra module's files and typed access to the parsed template. Each {@link #load()} parses the
 * file afresh, so a test may change its copy (negative checks) without affecting the others.
 */
final class Template {

    /** Surefire sets basedir to the module directory (also its working directory); the sibling modules are next to it. */
    static final Path MODULE_DIR = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path REPOSITORY_DIR = MODULE_DIR.getParent();
    static final Path TEMPLATE_FILE = MODULE_DIR.resolve("template.yaml");
    static final Path GRAPHQL_SCHEMA_FILE = MODULE_DIR.resolve("schema.graphql");

    static final String SERVERLESS_FUNCTION = "AWS::Serverless::Function";
    static final String SERVERLESS_STATE_MACHINE = "AWS::Serverless::StateMachine";

    private final Map<String, Object> root;

    private Template(Map<String, Object> root) {
        this.root = root;
    }

    static Template load() {
        return new Template(TemplateYaml.read(TEMPLATE_FILE));
    }

    Map<String, Object> root() {
        return root;
    }

    Map<String, Object> section(String name) {
        return map(root.getOrDefault(name, Map.of()), name);
    }

    Map<String, Object> resources() {
        return section("Resources");
    }

    Map<String, Object> resource(String logicalId) {
        Object resource = resources().get(logicalId);
        if (resource == null) {
            throw new AssertionError("template has no resource " + logicalId);
        }
        return map(resource, logicalId);
    }

    String type(String logicalId) {
        return (String) resource(logicalId).get("Type");
    }

    Map<String, Object> properties(String logicalId) {
        return map(resource(logicalId).getOrDefault("Properties", Map.of()), logicalId + ".Properties");
    }

    /** Logical ids of the resources of one type, in template order. */
    List<String> resourcesOfType(String type) {
        return resources().keySet().stream().filter(id -> type.equals(type(id))).toList();
    }

    /** A function property as SAM sees it: the function's own value, else the Globals.Function one. */
    Optional<Object> functionProperty(String functionId, String property) {
        Object own = properties(functionId).get(property);
        if (own != null) {
            return Optional.of(own);
        }
        Map<String, Object> globals = map(section("Globals").getOrDefault("Function", Map.of()), "Globals.Function");
        return Optional.ofNullable(globals.get(property));
    }

    /** Environment variables as SAM merges them: Globals.Function's, overridden by the function's own. */
    Map<String, Object> environment(String functionId) {
        Map<String, Object> merged = new LinkedHashMap<>();
        Map<String, Object> globals = map(section("Globals").getOrDefault("Function", Map.of()), "Globals.Function");
        merged.putAll(variables(globals.get("Environment"), "Globals.Function.Environment"));
        merged.putAll(variables(properties(functionId).get("Environment"), functionId + ".Environment"));
        return merged;
    }

    private static Map<String, Object> variables(Object environment, String where) {
        if (environment == null) {
            return Map.of();
        }
        return map(map(environment, where).getOrDefault("Variables", Map.of()), where + ".Variables");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new AssertionError(where + " should be a mapping but is " + value);
        }
        return (Map<String, Object>) value;
    }

    static List<?> list(Object value, String where) {
        if (!(value instanceof List<?> list)) {
            throw new AssertionError(where + " should be a list but is " + value);
        }
        return list;
    }

    /** A value CloudFormation accepts as "one or a list of" (Action, Resource, ...), as a list; absent is empty. */
    static List<?> oneOrMany(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? list : List.of(value);
    }

    static Map<String, Object> ref(String target) {
        return Map.of("Ref", target);
    }

    static Map<String, Object> getAtt(String resource, String attribute) {
        return Map.of("Fn::GetAtt", List.of(resource, attribute));
    }
}
