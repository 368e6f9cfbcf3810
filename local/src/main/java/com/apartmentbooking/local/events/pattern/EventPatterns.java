package com.apartmentbooking.local.events.pattern;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import software.amazon.event.ruler.JsonRuleCompiler;
import software.amazon.event.ruler.Machine;
import software.amazon.event.ruler.MachineComplexityEvaluator;
import software.amazon.event.ruler.Patterns;

/**
 * Compiles EventBridge event patterns with event-ruler. AWS runs the same library, and its recorded
 * "Reason:" texts (parser location lines included) are exactly the messages of
 * {@link JsonRuleCompiler#compile(String)}, so they are passed through rather than rewritten.
 */
public final class EventPatterns {
    /**
     * The largest wildcard complexity accepted. AWS does not publish its limit; the recorded cases bracket
     * it: a pattern of complexity 7 was accepted and one of complexity 11 was rejected.
     */
    private static final int MAX_COMPLEXITY = 10;

    /** The reason AWS gives for a pattern over the complexity limit; event-ruler only measures it. */
    private static final String TOO_COMPLEX = "Rule is too complex - try using fewer wildcard characters"
            + " or fewer repeating character sequences after a wildcard character";

    /** The machine holds this one pattern, so the rule's name only needs to be there. */
    private static final String RULE = "pattern";

    private EventPatterns() {
    }

    /** The pattern, or {@link InvalidEventPatternException} with AWS's text when EventBridge would refuse it. */
    public static EventPattern compile(String patternJson) {
        List<Map<String, List<Patterns>>> alternatives;
        try {
            alternatives = JsonRuleCompiler.compile(patternJson);
        } catch (IOException | RuntimeException e) {
            // Jackson's parse errors and event-ruler's pattern errors alike: JsonRuleCompiler.check reports
            // the same getLocalizedMessage() for every exception of compile.
            throw new InvalidEventPatternException(withoutParserSettings(e.getLocalizedMessage()));
        }
        // Not Machine.addRule(String): when the JSON compiler refuses a pattern it falls back to the legacy
        // RuleCompiler, which could accept what AWS rejects. Each alternative is one branch of a $or.
        Machine machine = new Machine();
        for (Map<String, List<Patterns>> alternative : alternatives) {
            machine.addPatternRule(RULE, alternative);
        }
        if (machine.evaluateComplexity(new MachineComplexityEvaluator(Integer.MAX_VALUE)) > MAX_COMPLEXITY) {
            throw new InvalidEventPatternException(TOO_COMPLEX);
        }
        return new EventPattern(machine);
    }

    /**
     * Jackson names the setting behind a limit it enforces ({@code from `StreamReadConstraints...`}); that belongs
     * to this runtime's parser, not to the pattern, so only the limit itself is reported.
     */
    private static String withoutParserSettings(String message) {
        return message == null ? null : message.replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "");
    }
}
