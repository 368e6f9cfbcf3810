package com.apartmentbooking.local.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the runtime does not understand is left out with a warning, unless something it runs depends on it. */
class UnderstoodTypesTest {

    @TempDir
    Path directory;

    @Test
    void unknownTypesEventsAndGlobalsBecomeWarnings() {
        ResolvedTemplate model = InlineTemplates.load(directory, """
                Globals:
                  Api:
                    Cors: "*"
                Resources:
                  Topic:
                    Type: AWS::SNS::Topic
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: h::handleRequest
                      Runtime: java21
                      CodeUri: code.jar
                      Events:
                        Nightly:
                          Type: Schedule
                          Properties:
                            Schedule: rate(1 day)
                  Logs:
                    Type: AWS::Logs::LogGroup
                """, Map.of());
        assertEquals(List.of(
                "Globals.Api is not understood by the local runtime and is left out",
                "resource Topic has type AWS::SNS::Topic, which the local runtime does not understand; it is not created",
                "resource Fn (AWS::Serverless::Function): event Nightly of type Schedule is not understood by the "
                        + "local runtime and is left out"), model.warnings());
        assertEquals(List.of("AWS::Logs::LogGroup"), model.ignored().stream().map(RecordedResource::type).toList());
    }
}
