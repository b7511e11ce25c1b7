package org.telerehab.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The CI pipeline (.github/workflows) cannot run here, so its syntax is checked offline against SchemaStore's
 * GitHub Actions workflow schema (src/test/resources/schemas/github/workflow.json, provenance in
 * schemas/README.md), and every action it uses is pinned to a release, never a moving branch.
 */
class WorkflowSchemaTest {

    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try (InputStream in = WorkflowSchemaTest.class.getClassLoader().getResourceAsStream("schemas/github/workflow.json")) {
            JsonNode schema = Manifests.JSON.readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(schema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> validate(JsonNode workflow) {
        return SCHEMA.validate(workflow).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    static List<Path> workflows() {
        Path dir = Manifests.root().resolve(".github/workflows");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode workflow(String file) {
        ObjectNode workflow = Manifests.read(Manifests.root().resolve(".github/workflows").resolve(file)).get(0);
        assertThat(validate(workflow)).as("the untouched " + file).isEmpty();
        return workflow;
    }

    @TestFactory
    Stream<DynamicTest> everyWorkflowMatchesTheSchema() {
        List<Path> files = workflows();
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("ci.yml");
        return files.stream().map(f -> dynamicTest(f.getFileName().toString(), () -> {
            List<ObjectNode> docs = Manifests.read(f);
            assertThat(docs).hasSize(1);
            assertThat(validate(docs.get(0))).as("schema violations of " + f).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyActionIsPinnedToARelease() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : workflows()) {
            for (JsonNode job : Manifests.read(f).get(0).path("jobs")) {
                for (JsonNode step : job.path("steps")) {
                    String uses = step.path("uses").asText(null);
                    if (uses != null) {
                        tests.add(dynamicTest(f.getFileName() + ": " + uses, () ->
                                // owner/repo[/path]@vN[.N.N] or @<40-hex commit>; never @main, @master, @latest
                                assertThat(uses).matches("[\\w.-]+/[\\w./-]+@(v?\\d+(\\.\\d+){0,2}|[0-9a-f]{40})")));
                    }
                }
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    // --- the schema check is not a rubber stamp ---

    @Test
    void aMisspelledJobKeyFails() {
        ObjectNode workflow = workflow("ci.yml");
        ObjectNode job = (ObjectNode) workflow.path("jobs").path("test");
        job.set("run-on", job.remove("runs-on"));

        assertThat(validate(workflow)).isNotEmpty();
    }

    @Test
    void aMisspelledStepKeyFails() {
        ObjectNode workflow = workflow("ci.yml");
        ObjectNode step = (ObjectNode) workflow.path("jobs").path("test").path("steps").get(0);
        step.set("uss", step.remove("uses"));

        assertThat(validate(workflow)).isNotEmpty();
    }

    @Test
    void anUnknownTriggerFails() {
        ObjectNode workflow = workflow("ci.yml");
        ((ObjectNode) workflow.path("on")).putObject("pushed");

        assertThat(validate(workflow)).isNotEmpty();
    }
}
