package com.apartmentbooking.local.template;

import static com.apartmentbooking.local.template.InlineTemplates.functionWithEnvironment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conditions: the condition functions, Fn::If on them, and resources a false condition leaves out. */
class ConditionsTest {

    @TempDir
    Path directory;

    private static final String TEMPLATE = """
            Parameters:
              Stage:
                Type: String
                Default: dev
              Count:
                Type: Number
                Default: 0
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
              NotProd: !Not [!Condition IsProd]
              ZeroCount: !Equals [!Ref Count, 0]
              Both: !And [!Condition NotProd, !Condition ZeroCount]
              Either: !Or [!Condition IsProd, !Equals [a, b]]
            """ + functionWithEnvironment("""
            MODE: !If [IsProd, production, development]
            """) + """
              ProdQueue:
                Type: AWS::SQS::Queue
                Condition: IsProd
            """;

    @Test
    void conditionFunctionsEvaluateAsCloudFormationDoes() {
        ResolvedTemplate model = InlineTemplates.load(directory, TEMPLATE, Map.of());
        assertEquals(Map.of("IsProd", false, "NotProd", true, "ZeroCount", true, "Both", true, "Either", false),
                model.conditions());
        assertEquals("development", model.function("Fn").environment().get("MODE"));
        assertTrue(model.queues().isEmpty(), "a false condition leaves the resource out");
        assertFalse(model.creationOrder().contains("ProdQueue"));
    }

    @Test
    void anOverrideChangesTheOutcome() {
        ResolvedTemplate model = InlineTemplates.load(directory, TEMPLATE, Map.of("Stage", "prod"));
        assertTrue(model.conditions().get("IsProd"));
        assertTrue(model.conditions().get("Either"));
        assertEquals("production", model.function("Fn").environment().get("MODE"));
        assertEquals("s-ProdQueue", model.queue("ProdQueue").name());
    }

    @Test
    void aRefToAResourceLeftOutNamesItsCondition() {
        String yaml = TEMPLATE.replace("MODE: !If [IsProd, production, development]", "QUEUE: !Ref ProdQueue");
        TemplateException error = assertThrows(TemplateException.class,
                () -> InlineTemplates.load(directory, yaml, Map.of()));
        assertTrue(error.getMessage().contains("ProdQueue is not created, its condition IsProd is false"),
                error.getMessage());
    }
}
