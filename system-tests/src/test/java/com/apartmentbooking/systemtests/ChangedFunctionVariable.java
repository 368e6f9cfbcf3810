package com.apartmentbooking.systemtests;

import java.util.HashMap;
import java.util.Map;

/**
 * One environment variable of a function set for a while, as an operator would with UpdateFunctionConfiguration;
 * closing puts the function's variables back as they were.
 */
final class ChangedFunctionVariable implements AutoCloseable {

    private final LocalStack stack;
    private final String functionName;
    private final Map<String, String> before;

    ChangedFunctionVariable(LocalStack stack, String logicalId, String name, String value) {
        this.stack = stack;
        this.functionName = stack.functionName(logicalId);
        before = stack.lambda.getFunctionConfiguration(get -> get.functionName(functionName)).environment()
                .variables();
        Map<String, String> changed = new HashMap<>(before);
        changed.put(name, value);
        stack.lambda.updateFunctionConfiguration(update -> update.functionName(functionName)
                .environment(e -> e.variables(changed)));
    }

    @Override
    public void close() {
        stack.lambda.updateFunctionConfiguration(update -> update.functionName(functionName)
                .environment(e -> e.variables(before)));
    }
}
