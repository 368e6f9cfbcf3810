package com.apartmentbooking.infra;

import com.apartmentbooking.local.template.TemplateException;
import com.apartmentbooking.local.template.TemplateYaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateYamlTest {

    private static Object value(String yaml) {
        return TemplateYaml.parse("V: " + yaml, "test").get("V");
    }

    @Test
    void refAndConditionBecomeSingleKeyMaps() {
        assertEquals(Map.of("Ref", "MyTable"), value("!Ref MyTable"));
        assertEquals(Map.of("Ref", "AWS::Region"), value("!Ref AWS::Region"));
        assertEquals(Map.of("Condition", "IsProd"), value("!Condition IsProd"));
    }

    @Test
    void refOfSomethingOtherThanANameIsRejected() {
        assertThrows(TemplateException.class, () -> value("!Ref [A, B]"));
    }

    @Test
    void scalarGetAttSplitsAtTheFirstDotOnly() {
        assertEquals(Map.of("Fn::GetAtt", List.of("Table", "StreamArn")), value("!GetAtt Table.StreamArn"));
        assertEquals(Map.of("Fn::GetAtt", List.of("Db", "Endpoint.Address")), value("!GetAtt Db.Endpoint.Address"));
    }

    @Test
    void sequenceGetAttIsKept() {
        assertEquals(Map.of("Fn::GetAtt", List.of("Queue", "Arn")), value("!GetAtt [Queue, Arn]"));
    }

    @Test
    void getAttWithoutAnAttributeIsRejected() {
        assertThrows(TemplateException.class, () -> value("!GetAtt Queue"));
        assertThrows(TemplateException.class, () -> value("!GetAtt Queue."));
    }

    @Test
    void functionTagsKeepScalarSequenceAndMappingValues() {
        assertEquals(Map.of("Fn::Sub", "arn:${AWS::Partition}:x"), value("!Sub arn:${AWS::Partition}:x"));
        assertEquals(Map.of("Fn::Join", List.of("-", List.of("a", "b"))), value("!Join ['-', [a, b]]"));
        assertEquals(Map.of("Fn::Sub", List.of("${A}", Map.of("A", "b"))), value("!Sub ['${A}', {A: b}]"));
        assertEquals(Map.of("Fn::Base64", "text"), value("!Base64 text"));
        assertEquals(Map.of("Fn::GetAZs", ""), value("!GetAZs ''"));
        assertEquals(Map.of("Fn::ImportValue", "Shared-Vpc"), value("!ImportValue Shared-Vpc"));
        assertEquals(Map.of("Fn::Select", List.of(0, List.of("a"))), value("!Select [0, [a]]"));
        assertEquals(Map.of("Fn::Split", List.of(",", "a,b")), value("!Split [',', 'a,b']"));
        assertEquals(Map.of("Fn::FindInMap", List.of("M", "K", "V")), value("!FindInMap [M, K, V]"));
        assertEquals(Map.of("Fn::Cidr", List.of("10.0.0.0/16", 4, 8)), value("!Cidr ['10.0.0.0/16', 4, 8]"));
        assertEquals(Map.of("Fn::Transform", Map.of("Name", "AWS::Include")), value("!Transform {Name: 'AWS::Include'}"));
    }

    @Test
    void conditionFunctionsNest() {
        Object parsed = value("!Or [!Not [!Equals [!Ref Env, prod]], !And [!Condition A, !Condition B]]");
        assertEquals(Map.of("Fn::Or", List.of(
                Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", "Env"), "prod")))),
                Map.of("Fn::And", List.of(Map.of("Condition", "A"), Map.of("Condition", "B"))))), parsed);
        assertEquals(Map.of("Fn::If", List.of("C", "x", Map.of("Ref", "AWS::NoValue"))),
                value("!If [C, x, !Ref AWS::NoValue]"));
    }

    @Test
    void intrinsicsInsideBlockMappingsAreRewritten() {
        Map<String, Object> template = TemplateYaml.parse("""
                Resources:
                  Fn:
                    Properties:
                      Environment:
                        Variables:
                          TABLE: !Ref Table
                          ARN: !GetAtt Table.Arn
                """, "test");
        Map<?, ?> variables = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) template.get("Resources"))
                .get("Fn")).get("Properties")).get("Environment")).get("Variables");
        assertEquals(Map.of("TABLE", Map.of("Ref", "Table"), "ARN", Map.of("Fn::GetAtt", List.of("Table", "Arn"))),
                variables);
    }

    @Test
    void unquotedDatesStayStrings() {
        assertEquals("2012-10-17", value("2012-10-17"));
    }

    @Test
    void unknownTagsAreRejected() {
        assertThrows(TemplateException.class, () -> value("!Reff Table"));
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThrows(TemplateException.class, () -> TemplateYaml.parse("A: 1\nA: 2\n", "test"));
    }

    @Test
    void aDocumentThatIsNotAMappingIsRejected() {
        assertThrows(TemplateException.class, () -> TemplateYaml.parse("- a\n- b\n", "test"));
    }
}
