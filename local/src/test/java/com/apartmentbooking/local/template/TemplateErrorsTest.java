package com.apartmentbooking.local.template;

import static com.apartmentbooking.local.template.InlineTemplates.functionWithEnvironment;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template the runtime cannot start from fails with a message that names what is wrong and where. */
class TemplateErrorsTest {

    @TempDir
    Path directory;

    private String failure(String yaml, Map<String, String> overrides) {
        return assertThrows(TemplateException.class, () -> InlineTemplates.load(directory, yaml, overrides))
                .getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "'" + part + "' missing from: " + message);
        }
    }

    @Test
    void anUnknownRefTargetNamesTheTargetAndTheFunction() {
        String message = failure(functionWithEnvironment("TABLE: !Ref MissingTable"), Map.of());
        assertMentions(message, "resource Fn (AWS::Serverless::Function)", "the booking flow needs it",
                "no parameter, pseudo parameter or resource is named MissingTable");
    }

    @Test
    void anUnknownGetAttAttributeNamesTheAttribute() {
        String message = failure(functionWithEnvironment("X: !GetAtt Other.Nonsense") + """
                  Other:
                    Type: AWS::SQS::Queue
                """, Map.of());
        assertMentions(message, "Other.Nonsense", "no attribute Nonsense");
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        String message = failure("""
                Parameters:
                  Secret:
                    Type: String
                    NoEcho: true
                Resources: {}
                """, Map.of());
        assertMentions(message, "parameter Secret has no Default and no value was given for it");
    }

    @Test
    void anOverrideOfNoParameterIsRejected() {
        assertMentions(failure("Resources: {}\n", Map.of("Typo", "x")), "Typo names no parameter");
    }

    @Test
    void aValueOutsideTheConstraintsIsRejectedWithoutEchoingASecret() {
        String message = failure("""
                Parameters:
                  Secret:
                    Type: String
                    NoEcho: true
                    MinLength: 16
                Resources: {}
                """, Map.of("Secret", "short-secret"));
        assertMentions(message, "parameter Secret", "MinLength 16");
        assertFalse(message.contains("short-secret"), message);
    }

    @Test
    void aNeededResourceReferringToAnUnknownTypeFailsNamingBoth() {
        String message = failure(functionWithEnvironment("TOPIC: !Ref Topic") + """
                  Topic:
                    Type: AWS::SNS::Topic
                """, Map.of());
        assertMentions(message, "resource Fn (AWS::Serverless::Function) cannot be resolved",
                "resource Topic has type AWS::SNS::Topic, which the local runtime does not understand");
    }

    @Test
    void aFunctionWithoutHandlerFails() {
        String message = failure("""
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: java21
                      CodeUri: code.jar
                """, Map.of());
        assertMentions(message, "resource Fn", "Handler is required");
    }

    @Test
    void aStateMachineWithoutItsDefinitionFileFails() {
        String message = failure("""
                Resources:
                  Machine:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionUri: missing.asl.json
                """, Map.of());
        assertMentions(message, "resource Machine (AWS::Serverless::StateMachine)", "missing.asl.json");
    }

    @Test
    void aDependencyCycleIsNamed() {
        String message = failure("""
                Resources:
                  A:
                    Type: AWS::SQS::Queue
                    DependsOn: B
                  B:
                    Type: AWS::SQS::Queue
                    DependsOn: A
                """, Map.of());
        assertMentions(message, "circular dependency", "A -> B -> A");
    }

    @Test
    void anotherTransformIsRejected() {
        assertMentions(failure("Transform: AWS::LanguageExtensions\nResources: {}\n", Map.of()),
                "Transform AWS::LanguageExtensions is not supported");
    }
}
