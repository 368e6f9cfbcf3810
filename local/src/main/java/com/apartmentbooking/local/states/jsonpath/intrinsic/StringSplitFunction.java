package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.StringTokenizer;

/**
 * States.StringSplit(string, delimiters): the pieces between delimiter characters. Every
 * character of the second argument is a delimiter and empty pieces are dropped: AWS splits
 * "a,,b" on "," into ["a","b"]. That is exactly {@link StringTokenizer}'s contract.
 */
final class StringSplitFunction implements IntrinsicFunction {

    @Override
    public String name() {
        return "States.StringSplit";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(2);
        StringTokenizer pieces = new StringTokenizer(invocation.string(0), invocation.string(1));
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        while (pieces.hasMoreTokens()) {
            result.add(pieces.nextToken());
        }
        return result;
    }
}
