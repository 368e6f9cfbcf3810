package com.apartmentbooking.local.lambda;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A function as Lambda keeps it: its configuration, its code, its published version and aliases and its function
 * URL. Held in the store, so a restarted runtime runs the same functions with the same code.
 *
 * @param environment the function's own variables, in the order they were given
 * @param lastModified when the configuration or code last changed, in the form Lambda reports it
 * @param published whether version 1 was published (the local runtime keeps that one version, running the latest code)
 * @param aliases the names of the function's aliases, each pointing to version 1
 * @param url the function URL's configuration, or null when the function has none
 */
public record LambdaFunction(String functionName, String functionArn, String runtime, String role, String handler,
        String description, int timeout, int memorySize, List<String> architectures, Map<String, String> environment,
        FunctionCode code, String lastModified, boolean published, List<String> aliases, FunctionUrlConfig url) {

    public LambdaFunction {
        architectures = List.copyOf(architectures);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        aliases = List.copyOf(aliases);
    }

    /** Whether instances started for {@code other} would run exactly as instances of this function do. */
    boolean runsAs(LambdaFunction other) {
        return functionName.equals(other.functionName) && functionArn.equals(other.functionArn)
                && runtime.equals(other.runtime) && handler.equals(other.handler) && timeout == other.timeout
                && memorySize == other.memorySize && architectures.equals(other.architectures)
                && environment.equals(other.environment) && code.equals(other.code);
    }

    LambdaFunction withConfiguration(FunctionSettings settings, String modifiedAt) {
        return new LambdaFunction(functionName, functionArn, Objects.requireNonNullElse(settings.runtime(), runtime),
                Objects.requireNonNullElse(settings.role(), role), Objects.requireNonNullElse(settings.handler(), handler),
                Objects.requireNonNullElse(settings.description(), description),
                Objects.requireNonNullElse(settings.timeout(), timeout),
                Objects.requireNonNullElse(settings.memorySize(), memorySize), architectures,
                Objects.requireNonNullElse(settings.environment(), environment), code, modifiedAt, published, aliases,
                url);
    }

    LambdaFunction withCode(FunctionCode newCode, List<String> newArchitectures, String modifiedAt) {
        return new LambdaFunction(functionName, functionArn, runtime, role, handler, description, timeout, memorySize,
                newArchitectures, environment, newCode, modifiedAt, published, aliases, url);
    }

    LambdaFunction withPublishedVersion() {
        return new LambdaFunction(functionName, functionArn, runtime, role, handler, description, timeout, memorySize,
                architectures, environment, code, lastModified, true, aliases, url);
    }

    LambdaFunction withAlias(String alias) {
        List<String> all = new ArrayList<>(aliases);
        all.add(alias);
        return new LambdaFunction(functionName, functionArn, runtime, role, handler, description, timeout, memorySize,
                architectures, environment, code, lastModified, published, all, url);
    }

    LambdaFunction withUrl(FunctionUrlConfig newUrl) {
        return new LambdaFunction(functionName, functionArn, runtime, role, handler, description, timeout, memorySize,
                architectures, environment, code, lastModified, published, aliases, newUrl);
    }
}
