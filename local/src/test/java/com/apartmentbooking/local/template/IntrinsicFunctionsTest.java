package com.apartmentbooking.local.template;

import static com.apartmentbooking.local.template.InlineTemplates.environment;
import static com.apartmentbooking.local.template.InlineTemplates.functionWithEnvironment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each intrinsic function on its own, through the environment of a function where templates use them. */
class IntrinsicFunctionsTest {

    @TempDir
    Path directory;

    private static final String QUEUE = """
              Queue:
                Type: AWS::SQS::Queue
                Properties:
                  QueueName: jobs
            """;

    @Test
    void refOfParametersPseudoParametersAndResources() {
        Map<String, String> env = environment(directory, """
                Parameters:
                  Stage:
                    Type: String
                    Default: dev
                """ + functionWithEnvironment("""
                STAGE: !Ref Stage
                REGION: !Ref AWS::Region
                ACCOUNT: !Ref AWS::AccountId
                PARTITION: !Ref AWS::Partition
                STACK: !Ref AWS::StackName
                QUEUE: !Ref Queue
                """) + QUEUE);
        assertEquals(Map.of("STAGE", "dev", "REGION", "eu-west-1", "ACCOUNT", "111122223333", "PARTITION", "aws",
                "STACK", "s", "QUEUE", "http://127.0.0.1:9000/111122223333/jobs"), env);
    }

    @Test
    void getAttInBothForms() {
        Map<String, String> env = environment(directory, functionWithEnvironment("""
                SHORT: !GetAtt Queue.Arn
                LONG: {"Fn::GetAtt": [Queue, QueueName]}
                """) + QUEUE);
        assertEquals("arn:aws:sqs:eu-west-1:111122223333:jobs", env.get("SHORT"));
        assertEquals("jobs", env.get("LONG"));
    }

    @Test
    void subInBothFormsWithPseudoParametersAttributesAndLiterals() {
        Map<String, String> env = environment(directory, functionWithEnvironment("""
                PLAIN: !Sub "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:x/${AWS::StackName}"
                ATTRIBUTE: !Sub "${Queue.Arn}/more"
                REF: !Sub "${Queue}"
                LITERAL: !Sub "${!Queue} stays"
                VARIABLES: !Sub ["${Greeting}, ${Name}", {Greeting: hello, Name: !GetAtt Queue.QueueName}]
                """) + QUEUE);
        assertEquals("arn:aws:states:eu-west-1:111122223333:x/s", env.get("PLAIN"));
        assertEquals("arn:aws:sqs:eu-west-1:111122223333:jobs/more", env.get("ATTRIBUTE"));
        assertEquals("http://127.0.0.1:9000/111122223333/jobs", env.get("REF"));
        assertEquals("${Queue} stays", env.get("LITERAL"));
        assertEquals("hello, jobs", env.get("VARIABLES"));
    }

    @Test
    void joinSelectAndSplit() {
        Map<String, String> env = environment(directory, """
                Parameters:
                  Zones:
                    Type: CommaDelimitedList
                    Default: "a, b, c"
                """ + functionWithEnvironment("""
                JOINED: !Join ["-", [x, !Ref AWS::Region, !Select [1, !Ref Zones]]]
                SPLIT: !Select [2, !Split ["/", "one/two/three"]]
                ALL: !Join [",", !Ref Zones]
                """));
        assertEquals("x-eu-west-1-b", env.get("JOINED"));
        assertEquals("three", env.get("SPLIT"));
        assertEquals("a,b,c", env.get("ALL"));
    }

    @Test
    void findInMapAndBase64() {
        Map<String, String> env = environment(directory, """
                Mappings:
                  Sizes:
                    eu-west-1:
                      Memory: 256
                """ + functionWithEnvironment("""
                MEMORY: !FindInMap [Sizes, !Ref AWS::Region, Memory]
                ENCODED: !Base64 "hi"
                """));
        assertEquals("256", env.get("MEMORY"));
        assertEquals("aGk=", env.get("ENCODED"));
    }

    @Test
    void noValueRemovesTheKey() {
        Map<String, String> env = environment(directory, functionWithEnvironment("""
                KEPT: kept
                GONE: !Ref AWS::NoValue
                """));
        assertEquals(Map.of("KEPT", "kept"), env);
        assertFalse(env.containsKey("GONE"));
    }
}
