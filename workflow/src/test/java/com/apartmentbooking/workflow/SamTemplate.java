package com.apartmentbooking.workflow;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The SAM template that deploys the definition ({@code infra/template.yaml}, a sibling module). */
final class SamTemplate {
    static final Path FILE = Path.of("..", "infra", "template.yaml");

    private SamTemplate() {
    }

    /** The state machine resource's {@code Properties}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> bookingWorkflowProperties() {
        Map<String, Object> resources = (Map<String, Object>) load().get("Resources");
        Map<String, Object> workflow = (Map<String, Object>) resources.get("BookingWorkflow");
        if (workflow == null) {
            throw new AssertionError(FILE + " has no BookingWorkflow resource");
        }
        return (Map<String, Object>) workflow.get("Properties");
    }

    static Map<String, Object> load() {
        Yaml yaml = new Yaml(new CloudFormationConstructor(new LoaderOptions()));
        try (Reader reader = Files.newBufferedReader(FILE)) {
            return yaml.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads CloudFormation's short-form intrinsics ({@code !Ref}, {@code !GetAtt}, {@code !Sub}, ...) as the
     * plain value they tag: these tests look at keys and literals, never at what an intrinsic resolves to.
     */
    private static final class CloudFormationConstructor extends SafeConstructor {
        CloudFormationConstructor(LoaderOptions options) {
            super(options);
            yamlMultiConstructors.put("!", new UntaggedValue());
        }

        private final class UntaggedValue extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                return switch (node.getNodeId()) {
                    case scalar -> constructScalar((ScalarNode) node);
                    case sequence -> constructSequence((SequenceNode) node);
                    case mapping -> constructMapping((MappingNode) node);
                    case anchor -> throw new IllegalStateException("unresolved anchor in " + FILE);
                };
            }
        }
    }
}
