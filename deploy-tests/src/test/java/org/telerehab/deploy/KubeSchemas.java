package org.telerehab.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Offline validation of a Kubernetes object against the JSON Schema of its apiVersion and kind, kept in
 * src/test/resources/schemas/&lt;apiVersion, '/' as '_'&gt;/&lt;Kind&gt;.json (provenance: schemas/README.md).
 * The schemas are strict like `kubectl apply --validate=strict`: a field the API does not define is an error.
 */
final class KubeSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            // formats such as int32 or date-time are advisory in these schemas; types and fields are what count
            .formatAssertionsEnabled(false)
            .build();
    private static final Map<String, Optional<JsonSchema>> SCHEMAS = new ConcurrentHashMap<>();

    private KubeSchemas() {
    }

    static String resource(String apiVersion, String kind) {
        return "schemas/" + apiVersion.replace('/', '_') + "/" + kind + ".json";
    }

    static boolean known(String apiVersion, String kind) {
        return schema(apiVersion, kind).isPresent();
    }

    /** The violations, as "path: message" lines; empty when the object is valid. */
    static List<String> validate(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        Optional<JsonSchema> schema = schema(apiVersion, kind);
        if (schema.isEmpty()) {
            return List.of("no schema for apiVersion " + apiVersion + ", kind " + kind + " (expected "
                    + resource(apiVersion, kind) + "; see deploy-tests/schema-tools/refresh.sh)");
        }
        return schema.get().validate(object).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    private static Optional<JsonSchema> schema(String apiVersion, String kind) {
        return SCHEMAS.computeIfAbsent(apiVersion + "|" + kind, key -> {
            String resource = resource(apiVersion, kind);
            try (InputStream in = KubeSchemas.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return Optional.empty();
                }
                JsonNode node = Manifests.JSON.readTree(in);
                return Optional.of(FACTORY.getSchema(node, CONFIG));
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        });
    }
}
