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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;


/** The rendered manifests: `kubectl kustomize` of each overlay under deploy/overlays, parsed once per test run. */
final class Manifests {

    static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();
    private static volatile String kubectlProblem;

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

    /** The oldest kubectl whose built-in kustomize (v5) renders deploy/: components, patches, labels. */
    static final int OLDEST_KUBECTL_MINOR = 27;

    /**
     * Fails, naming the tool, when kubectl is missing or too old to render deploy/: without it nothing here would be
     * checked, and a skipped check must not pass for a passed one. {@code .ci/run} makes sure it is installed.
     */
    static void requireKubectl() {
        String problem = kubectlProblem();
        if (problem != null) {
            throw new AssertionError(problem + ": deploy-tests render every overlay of deploy/ with `kubectl kustomize`"
                    + " and cannot check anything without it. Install kubectl 1." + OLDEST_KUBECTL_MINOR
                    + " or newer (Debian bookworm's kubernetes-client 1.20 is too old), or leave this module out"
                    + " with -pl '!deploy-tests'.");
        }
    }

    /** What is wrong with the kubectl on the PATH, or null when it is there and new enough. */
    static String kubectlProblem() {
        if (kubectlProblem == null) {
            kubectlProblem = findKubectlProblem();
        }
        return kubectlProblem.isEmpty() ? null : kubectlProblem;
    }

    private static String findKubectlProblem() {
        String out;
        try {
            Process p = new ProcessBuilder("kubectl", "version", "--client", "-o", "json")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "kubectl on the PATH does not answer `kubectl version --client`";
            }
        } catch (IOException e) {
            return "kubectl is not on the PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while asking kubectl for its version";
        }
        String minor;
        try {
            minor = JSON.readTree(out).path("clientVersion").path("minor").asText().replaceAll("\\D.*", "");
        } catch (IOException e) {
            minor = "";
        }
        if (minor.isEmpty() || Integer.parseInt(minor) < OLDEST_KUBECTL_MINOR) {
            return "kubectl on the PATH is version 1." + (minor.isEmpty() ? "?" : minor) + ", too old to render deploy/";
        }
        return "";
    }

    /** The objects `kubectl kustomize deploy/overlays/{overlay}` renders (fresh copies: callers may mutate them). */
    static List<ObjectNode> render(String overlay) {
        requireKubectl();
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

    /** The environment a Deployment's containers take from ConfigMaps ({@code envFrom}). */
    static Map<String, String> configMapOf(List<ObjectNode> objects, JsonNode deployment) {
        Map<String, String> env = new HashMap<>();
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        for (String containers : List.of("containers", "initContainers")) {
            for (JsonNode container : pod.path(containers)) {
                for (JsonNode from : container.path("envFrom")) {
                    String cm = from.path("configMapRef").path("name").asText(null);
                    if (cm != null) {
                        get(objects, "ConfigMap", cm).path("data").fields()
                                .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
                    }
                }
            }
        }
        return env;
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
