package com.apartmentbooking.bench.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One handler under test: what to load, which event to give it, and how to tell that its one
 * invocation really succeeded.
 *
 * @param name          short name, also the Maven module for the product handlers
 * @param jar           the shaded deployable
 * @param handlerClass  the class Lambda's {@code Handler} names
 * @param eventType     the handler's input type, as the runtime deserializes it
 * @param fixture       the event template, a JSON file
 * @param freshEvent    turns the template into this run's event (e.g. signs it with the current time)
 * @param replyProblem  what is wrong with the reply, or null when it is a success
 * @param requiredCalls AWS calls ({@code X-Amz-Target}, or {@link CannedAws#GRAPHQL}) the invocation must make
 */
record Scenario(
        String name,
        Path jar,
        String handlerClass,
        String eventType,
        Path fixture,
        UnaryOperator<ObjectNode> freshEvent,
        Function<JsonNode, String> replyProblem,
        Set<String> requiredCalls) {

    Scenario withJar(Path otherJar) {
        return new Scenario(name, otherJar, handlerClass, eventType, fixture, freshEvent, replyProblem, requiredCalls);
    }

    /** The same handler and event from another build of it, measured as a scenario of its own. */
    Scenario variant(String label, Path otherJar) {
        return new Scenario(name + " " + label, otherJar, handlerClass, eventType, fixture, freshEvent, replyProblem,
                requiredCalls);
    }
}
