package com.apartmentbooking.bench.states;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The three state machines of issue #3's benchmark, each with its input and the number of state
 * transitions one execution makes. A transition is one state entered and run, i.e. one
 * {@code *StateEntered} event in the history; the benchmark checks that count against a real run
 * before measuring, so the reported rate cannot drift from what the engine does.
 */
enum Workload {
    /** 100 Pass states in a row, each with Parameters reading the input and a ResultPath merge. */
    PASS_CHAIN(passChain(), "{\"order\":{\"id\":\"o-1\",\"amount\":42,\"items\":[\"a\",\"b\",\"c\"]}}",
            Workload.PASS_CHAIN_TRANSITIONS),
    /** A counter raised by a Pass with States.MathAdd and a Choice looping back until the limit. */
    CHOICE_LOOP(choiceLoop(), "{\"limit\":" + Workload.LOOP_ROUNDS + "}", Workload.CHOICE_LOOP_TRANSITIONS),
    /** An inline Map whose iterations run one Pass state each, over 1,000 items. */
    MAP(map(), items(), Workload.MAP_TRANSITIONS);

    static final int PASS_CHAIN_STATES = 100;
    static final int PASS_CHAIN_TRANSITIONS = PASS_CHAIN_STATES;
    static final int LOOP_ROUNDS = 500;
    /** Init, then Increment and Check per round, then Done. */
    static final int CHOICE_LOOP_TRANSITIONS = 2 * LOOP_ROUNDS + 2;
    static final int MAP_ITEMS = 1_000;
    /** The Map state itself, then one Pass per item. */
    static final int MAP_TRANSITIONS = MAP_ITEMS + 1;

    final String definitionJson;
    final String inputJson;
    final int transitions;

    Workload(ObjectNode definition, String inputJson, int transitions) {
        this.definitionJson = definition.toString();
        this.inputJson = inputJson;
        this.transitions = transitions;
    }

    private static ObjectNode passChain() {
        ObjectNode definition = JsonNodeFactory.instance.objectNode().put("StartAt", passName(0));
        ObjectNode states = definition.putObject("States");
        for (int i = 0; i < PASS_CHAIN_STATES; i++) {
            ObjectNode state = states.putObject(passName(i)).put("Type", "Pass");
            state.putObject("Parameters")
                    .put("step", i)
                    .put("orderId.$", "$.order.id")
                    .put("amount.$", "$.order.amount");
            state.put("ResultPath", "$.last");
            if (i + 1 < PASS_CHAIN_STATES) {
                state.put("Next", passName(i + 1));
            } else {
                state.put("End", true);
            }
        }
        return definition;
    }

    private static String passName(int index) {
        return String.format("Step%03d", index);
    }

    private static ObjectNode choiceLoop() {
        ObjectNode definition = JsonNodeFactory.instance.objectNode().put("StartAt", "Init");
        ObjectNode states = definition.putObject("States");
        ObjectNode init = states.putObject("Init").put("Type", "Pass").put("Next", "Increment");
        init.putObject("Parameters").put("count", 0).put("limit.$", "$.limit");
        ObjectNode increment = states.putObject("Increment").put("Type", "Pass").put("Next", "Check");
        increment.putObject("Parameters")
                .put("count.$", "States.MathAdd($.count, 1)")
                .put("limit.$", "$.limit");
        ObjectNode check = states.putObject("Check").put("Type", "Choice").put("Default", "Done");
        check.putArray("Choices").addObject()
                .put("Variable", "$.count")
                .put("NumericLessThanPath", "$.limit")
                .put("Next", "Increment");
        states.putObject("Done").put("Type", "Succeed");
        return definition;
    }

    private static ObjectNode map() {
        ObjectNode definition = JsonNodeFactory.instance.objectNode().put("StartAt", "EachItem");
        ObjectNode mapState = definition.putObject("States").putObject("EachItem")
                .put("Type", "Map")
                .put("ItemsPath", "$.items")
                .put("ResultPath", "$.results")
                .put("End", true);
        ObjectNode processor = mapState.putObject("ItemProcessor");
        processor.putObject("ProcessorConfig").put("Mode", "INLINE");
        processor.put("StartAt", "Handle");
        ObjectNode handle = processor.putObject("States").putObject("Handle").put("Type", "Pass").put("End", true);
        handle.putObject("Parameters").put("value.$", "$");
        return definition;
    }

    private static String items() {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        ArrayNode items = input.putArray("items");
        for (int i = 0; i < MAP_ITEMS; i++) {
            items.add(i);
        }
        return input.toString();
    }
}
