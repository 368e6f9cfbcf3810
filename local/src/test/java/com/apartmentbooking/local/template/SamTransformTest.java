package com.apartmentbooking.local.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SAM transform's rules the real template does not exercise: Globals merging, generated names, inline input. */
class SamTransformTest {

    @TempDir
    Path directory;

    @Test
    void globalsMergeMapsConcatenateListsAndLoseToTheFunctionsOwnScalars() {
        FunctionSpec function = InlineTemplates.load(directory, """
                Globals:
                  Function:
                    Runtime: java17
                    Timeout: 10
                    Architectures: [x86_64]
                    Environment:
                      Variables:
                        SHARED: global
                        OVERRIDDEN: global
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: h::handleRequest
                      Runtime: java21
                      CodeUri: build/code.jar
                      Architectures: [arm64]
                      Environment:
                        Variables:
                          OVERRIDDEN: own
                """, Map.of()).function("Fn");
        assertEquals("java21", function.runtime());
        assertEquals(10, function.timeoutSeconds());
        assertEquals(128, function.memorySize());
        assertEquals(List.of("x86_64", "arm64"), function.architectures());
        assertEquals(Map.of("SHARED", "global", "OVERRIDDEN", "own"), function.environment());
        assertEquals(directory.toAbsolutePath().resolve("build/code.jar"), function.codePath());
    }

    @Test
    void generatedAliasRoleAndRuleNamesResolve() {
        ResolvedTemplate model = InlineTemplates.load(directory, """
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: h::handleRequest
                      Runtime: java21
                      CodeUri: code.jar
                      AutoPublishAlias: live
                      Environment:
                        Variables:
                          ALIAS: !Ref Fn.Alias
                          ROLE: !GetAtt FnRole.Arn
                          RULE: !GetAtt MachineOnEvent.Arn
                  Machine:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      Definition:
                        StartAt: Done
                        States:
                          Done:
                            Type: Pass
                            Result: ${Greeting}
                            End: true
                      DefinitionSubstitutions:
                        Greeting: !Sub "hello from ${AWS::Region}"
                      Events:
                        OnEvent:
                          Type: EventBridgeRule
                          Properties:
                            Pattern: {source: [app]}
                            Input: '{"fixed": true}'
                """, Map.of());
        Map<String, String> env = model.function("Fn").environment();
        assertEquals("arn:aws:lambda:eu-west-1:111122223333:function:s-Fn:live", env.get("ALIAS"));
        assertEquals("arn:aws:iam::111122223333:role/s-FnRole", env.get("ROLE"));
        assertEquals("arn:aws:events:eu-west-1:111122223333:rule/s-MachineOnEvent", env.get("RULE"));

        StateMachineSpec machine = model.stateMachine("Machine");
        assertTrue(machine.definition().contains("\"hello from eu-west-1\""));
        EventRuleSpec rule = machine.rules().get(0);
        assertEquals("default", rule.eventBusName());
        assertEquals("{\"fixed\": true}", rule.input());
        assertEquals("MachineOnEventStepFunctionsTarget", rule.targetId());
        assertEquals(List.of("Machine", "Fn"), model.creationOrder());
    }

    @Test
    void definitionUriIsReadRelativeToTheTemplate() throws Exception {
        Files.createDirectories(directory.resolve("flows"));
        Files.writeString(directory.resolve("flows/m.asl.json"), "{\"Comment\": \"${Bus}\"}");
        StateMachineSpec machine = InlineTemplates.load(directory, """
                Resources:
                  Bus:
                    Type: AWS::Events::EventBus
                    Properties:
                      Name: orders
                  Machine:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      Type: EXPRESS
                      Name: checkout
                      DefinitionUri: flows/m.asl.json
                      DefinitionSubstitutions:
                        Bus: !GetAtt Bus.Arn
                """, Map.of()).stateMachine("Machine");
        assertEquals("{\"Comment\": \"arn:aws:events:eu-west-1:111122223333:event-bus/orders\"}", machine.definition());
        assertEquals("checkout", machine.name());
        assertEquals("EXPRESS", machine.type());
    }
}
