package com.apartmentbooking.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a CloudFormation / SAM YAML template into plain maps, lists and scalars, rewriting the
 * short-form intrinsic tags into the long form CloudFormation itself uses ({@code !Ref X} becomes
 * {@code {"Ref": "X"}}, {@code !Sub s} becomes {@code {"Fn::Sub": s}}, ...). A plain YAML parser
 * rejects those tags, and the SAM JSON schema only understands the long form.
 */
public final class CloudFormationYaml {

    /** Tags written {@code !Name} that become {@code {"Fn::Name": value}} with the value kept as is. */
    private static final Set<String> FUNCTION_TAGS = Set.of(
            "Sub", "Join", "If", "Select", "Split", "FindInMap", "ImportValue", "Base64", "GetAZs",
            "Equals", "Not", "And", "Or", "Cidr", "Transform");

    private CloudFormationYaml() {
    }

    public static Map<String, Object> load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        // CloudFormation rejects a template with a repeated key; a YAML parser would keep the last one.
        options.setAllowDuplicateKeys(false);
        Object document = new Yaml(new IntrinsicConstructor(options)).load(yaml);
        if (!(document instanceof Map)) {
            throw new YAMLException("a template is a mapping at the top level, not " + describe(document));
        }
        return (Map<String, Object>) document;
    }

    private static String describe(Object value) {
        return value == null ? "an empty document" : value.getClass().getSimpleName();
    }

    private static final class IntrinsicConstructor extends SafeConstructor {

        IntrinsicConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(new Tag("!Ref"), new ScalarOnly("Ref"));
            yamlConstructors.put(new Tag("!Condition"), new ScalarOnly("Condition"));
            yamlConstructors.put(new Tag("!GetAtt"), new GetAtt());
            for (String name : FUNCTION_TAGS) {
                yamlConstructors.put(new Tag("!" + name), new Function("Fn::" + name));
            }
            // CloudFormation reads an unquoted 2012-10-17 (a policy Version) as a string, not a date.
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }

        private Object value(Node node) {
            if (node instanceof ScalarNode scalar) {
                return constructScalar(scalar);
            }
            if (node instanceof SequenceNode sequence) {
                return constructSequence(sequence);
            }
            return constructMapping((MappingNode) node);
        }

        private final class Function extends AbstractConstruct {
            private final String key;

            Function(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                return Map.of(key, value(node));
            }
        }

        private final class ScalarOnly extends AbstractConstruct {
            private final String key;

            ScalarOnly(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                if (!(node instanceof ScalarNode scalar)) {
                    throw new YAMLException(node.getTag().getValue() + " takes a name, at " + node.getStartMark());
                }
                return Map.of(key, constructScalar(scalar));
            }
        }

        private final class GetAtt extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                if (node instanceof ScalarNode scalar) {
                    String target = constructScalar(scalar);
                    // Only the first dot separates: attribute names such as Endpoint.Address keep theirs.
                    int dot = target.indexOf('.');
                    if (dot <= 0 || dot == target.length() - 1) {
                        throw new YAMLException("!GetAtt needs Resource.Attribute, got '" + target + "' at "
                                + node.getStartMark());
                    }
                    return Map.of("Fn::GetAtt", List.of(target.substring(0, dot), target.substring(dot + 1)));
                }
                if (node instanceof SequenceNode sequence) {
                    return Map.of("Fn::GetAtt", constructSequence(sequence));
                }
                throw new YAMLException("!GetAtt takes Resource.Attribute or [Resource, Attribute], at "
                        + node.getStartMark());
            }
        }
    }
}
