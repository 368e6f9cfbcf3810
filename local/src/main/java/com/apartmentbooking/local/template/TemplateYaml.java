package com.apartmentbooking.local.template;

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
 * Parses a CloudFormation / SAM YAML template into plain maps, lists and scalars, turning the short intrinsic
 * tags into CloudFormation's long form ({@code !Ref X} becomes {@code {"Ref": "X"}}), so the resolver only
 * handles one form. A plain YAML parser rejects those tags.
 */
public final class TemplateYaml {

    /** Tags written {@code !Name} that become {@code {"Fn::Name": value}}, the value kept as written. */
    private static final Set<String> FUNCTION_TAGS = Set.of(
            "Sub", "Join", "If", "Select", "Split", "FindInMap", "ImportValue", "Base64", "GetAZs",
            "Equals", "Not", "And", "Or", "Cidr", "Transform");

    private TemplateYaml() {
    }

    public static Map<String, Object> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TemplateException("cannot read template " + file + ": " + e.getMessage(), e);
        }
        return parse(text, "template " + file);
    }

    /** Parses template text; {@code what} names it in error messages. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String text, String what) {
        Object document;
        try {
            LoaderOptions options = new LoaderOptions();
            // CloudFormation rejects a repeated key; a YAML parser would silently keep the last one.
            options.setAllowDuplicateKeys(false);
            document = new Yaml(new IntrinsicConstructor(options)).load(text);
        } catch (YAMLException e) {
            throw new TemplateException(what + " is not valid YAML: " + e.getMessage(), e);
        }
        if (!(document instanceof Map)) {
            throw new TemplateException(what + " is not a mapping at the top level");
        }
        return (Map<String, Object>) document;
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
