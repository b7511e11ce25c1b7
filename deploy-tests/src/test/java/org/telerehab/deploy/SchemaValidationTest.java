package org.telerehab.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** Every object of every overlay (and of deploy/examples) is valid against its Kubernetes or CRD schema. */
class SchemaValidationTest {

    @Test
    void theOverlaysOpsUseExist() {
        assertThat(Manifests.overlays()).contains("dev", "prod");
    }

    @TestFactory
    Stream<DynamicTest> everyRenderedObjectMatchesItsSchema() {
        Manifests.requireKubectl();
        List<DynamicTest> tests = new ArrayList<>();
        for (String overlay : Manifests.overlays()) {
            List<ObjectNode> objects = Manifests.render(overlay);
            assertThat(objects).as("objects rendered for " + overlay).isNotEmpty();
            for (ObjectNode object : objects) {
                tests.add(dynamicTest(overlay + ": " + Manifests.id(object), () -> assertValid(object)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theExamplesOfTheRunbookMatchTheirSchemas() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Manifests.deploy().resolve("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (ObjectNode object : Manifests.read(file)) {
                    tests.add(dynamicTest(file.getFileName() + ": " + Manifests.id(object), () -> assertValid(object)));
                }
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    static void assertValid(ObjectNode object) {
        assertThat(KubeSchemas.validate(object))
                .as("schema violations of %s %s", object.path("apiVersion").asText(), Manifests.id(object))
                .isEmpty();
    }
}
