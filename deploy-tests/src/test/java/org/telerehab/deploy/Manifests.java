package org.telerehab.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The rendered manifests: `kubectl kustomize` of each overlay under deploy/overlays, parsed once per test run. */
final class Manifests {

    static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();
    private static volatile Boolean kubectl;

    private Manifests() {
    }

    /** The repository root (the directory holding deploy/). */
    static Path root() {
        String configured = System.getProperty("telerehab.root");
        Path start = configured != null ? Paths.get(configured) : Paths.get("").toAbsolutePath();
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/overlays"))) {
                return p;
            }
        }
        throw new IllegalStateException("no deploy/overlays above " + start);
    }

    static Path deploy() {
        return root().resolve("deploy");
    }

    /** Every overlay: each directory under deploy/overlays with a kustomization.yaml. */
    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(deploy().resolve("overlays"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips (with the reason in the report) when kubectl is missing; CI images have it. */
    static void assumeKubectl() {
        assumeTrue(kubectlAvailable(),
                "kubectl is not on the PATH: deploy/ was NOT rendered and NOT validated (install kubectl 1.27+)");
    }

    static boolean kubectlAvailable() {
        if (kubectl == null) {
            try {
                Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                kubectl = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                kubectl = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kubectl = false;
            }
        }
        return kubectl;
    }

    /** The objects `kubectl kustomize deploy/overlays/{overlay}` renders (fresh copies: callers may mutate them). */
    static List<ObjectNode> render(String overlay) {
        assumeKubectl();
        List<ObjectNode> objects = RENDERED.computeIfAbsent(overlay, Manifests::kustomize);
        List<ObjectNode> copies = new ArrayList<>(objects.size());
        objects.forEach(o -> copies.add(o.deepCopy()));
        return copies;
    }

    private static List<ObjectNode> kustomize(String overlay) {
        Path dir = deploy().resolve("overlays").resolve(overlay);
        try {
            Path err = Files.createTempFile("kustomize", ".err");
            Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                    .redirectError(err.toFile())
                    .start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                String message = Files.readString(err);
                throw new AssertionError("kubectl kustomize " + dir + " failed:\n" + message);
            }
            Files.deleteIfExists(err);
            return parse(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<ObjectNode> read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ObjectNode> parse(String yaml) {
        List<ObjectNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc instanceof ObjectNode object && !object.isEmpty()) {
                    objects.add(object);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(objects);
    }

    // --- small helpers over the parsed objects ---

    static String kind(JsonNode o) {
        return o.path("kind").asText();
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    static String id(JsonNode o) {
        return kind(o) + "/" + name(o);
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(kind(o))).toList();
    }

    static Optional<ObjectNode> find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(kind(o)) && name.equals(name(o))).findFirst();
    }

    static ObjectNode get(List<ObjectNode> objects, String kind, String name) {
        return find(objects, kind, name).orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " rendered"));
    }
}
