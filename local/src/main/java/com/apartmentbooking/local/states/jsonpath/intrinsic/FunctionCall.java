package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A call of one of the States.* functions, possibly nested in another call's arguments. */
record FunctionCall(IntrinsicFunction function, List<Argument> arguments) implements Argument {

    public FunctionCall {
        arguments = List.copyOf(arguments);
    }

    @Override
    public JsonNode evaluate(PathContext context) {
        List<JsonNode> values = new ArrayList<>(arguments.size());
        for (Argument argument : arguments) {
            values.add(argument.evaluate(context));
        }
        return function.apply(new Invocation(function.name(), arguments, values));
    }
}
