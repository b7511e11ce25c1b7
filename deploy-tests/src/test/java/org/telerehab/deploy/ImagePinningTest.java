package org.telerehab.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.deploy.Manifests.id;
import static org.telerehab.deploy.Manifests.name;
import static org.telerehab.deploy.Manifests.ofKind;

/**
 * What runs is what CI built and scanned: every Deployment's image is pinned by digest, set in the overlay's
 * kustomize `images:` (the base names images bare, so the overlay is the one place a release is chosen), and the
 * images the repository builds (modules with {@code <image.skip>false</image.skip>}) are the ones deployed, on the
 * port the image exposes.
 */
class ImagePinningTest {

    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
    /** name[:tag]@sha256:digest, the form kustomize renders from an images: entry with a digest */
    private static final Pattern PINNED = Pattern.compile("(?<name>[^@]+?)(:(?<tag>[\\w][\\w.-]{0,127}))?@(?<digest>sha256:[0-9a-f]{64})");
    private static final Pattern IMAGE_SKIP = Pattern.compile("<image\\.skip>false</image\\.skip>");
    private static final Pattern IMAGE_PORT = Pattern.compile("<image\\.port>(\\d+)</image\\.port>");

    static Stream<String> overlays() {
        return Manifests.overlays().stream();
    }

    /** The overlay's kustomize `images:` entries, by image name. */
    static Map<String, JsonNode> overlayImages(String overlay) {
        List<ObjectNode> docs = Manifests.read(Manifests.deploy().resolve("overlays").resolve(overlay).resolve("kustomization.yaml"));
        Map<String, JsonNode> images = new HashMap<>();
        docs.get(0).path("images").forEach(entry -> images.put(entry.path("name").asText(), entry));
        return images;
    }

    /** Why a container's image is not pinned by its overlay; empty when it is. */
    static List<String> pinningProblems(JsonNode container, Map<String, JsonNode> overlayImages) {
        String image = container.path("image").asText();
        List<String> problems = new ArrayList<>();
        Matcher m = PINNED.matcher(image);
        if (!m.matches()) {
            problems.add(image + " is not pinned by a sha256 digest");
            return problems;
        }
        JsonNode entry = overlayImages.get(m.group("name"));
        if (entry == null) {
            problems.add(image + " is not set by the overlay's images:");
            return problems;
        }
        String digest = entry.path("digest").asText();
        if (!DIGEST.matcher(digest).matches()) {
            problems.add("images: entry " + m.group("name") + " has no sha256 digest (" + entry + ")");
        } else if (!digest.equals(m.group("digest"))) {
            problems.add(image + " does not carry the digest of its images: entry " + digest);
        }
        return problems;
    }

    private static List<JsonNode> containers(JsonNode deployment) {
        List<JsonNode> all = new ArrayList<>();
        deployment.path("spec").path("template").path("spec").path("containers").forEach(all::add);
        deployment.path("spec").path("template").path("spec").path("initContainers").forEach(all::add);
        return all;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyDeploymentsImageIsPinnedByDigestThroughTheOverlaysImages(String overlay) {
        Map<String, JsonNode> images = overlayImages(overlay);
        List<ObjectNode> deployments = ofKind(Manifests.render(overlay), "Deployment");
        assertThat(deployments).isNotEmpty();
        for (ObjectNode deployment : deployments) {
            for (JsonNode container : containers(deployment)) {
                assertThat(pinningProblems(container, images)).as(overlay + " " + id(deployment)).isEmpty();
            }
        }
    }

    @Test
    void theBaseNamesImagesWithoutTagOrDigest() throws IOException {
        try (Stream<Path> files = Files.list(Manifests.deploy().resolve("base/apps"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (ObjectNode deployment : ofKind(Manifests.read(file), "Deployment")) {
                    for (JsonNode container : containers(deployment)) {
                        String image = container.path("image").asText();
                        assertThat(image).as(file.getFileName() + " " + id(deployment))
                                .matches("[a-z0-9./-]+")
                                .doesNotContain("@")
                                .satisfies(i -> assertThat(i.substring(i.lastIndexOf('/') + 1)).doesNotContain(":"));
                    }
                }
            }
        }
    }

    /** Each module that builds an image, with the port it exposes (its pom's image.port). */
    static Map<String, Integer> appsWithImages() {
        Map<String, Integer> apps = new TreeMap<>();
        try (Stream<Path> modules = Files.list(Manifests.root())) {
            for (Path pom : modules.map(m -> m.resolve("pom.xml")).filter(Files::isRegularFile).toList()) {
                String text = Files.readString(pom);
                if (IMAGE_SKIP.matcher(text).find()) {
                    Matcher port = IMAGE_PORT.matcher(text);
                    assertThat(port.find()).as(pom + " builds an image but sets no image.port").isTrue();
                    apps.put(pom.getParent().getFileName().toString(), Integer.parseInt(port.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return apps;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyImageTheRepositoryBuildsIsDeployedOnThePortItExposes(String overlay) {
        Map<String, Integer> apps = appsWithImages();
        assertThat(apps).containsKeys("intake-service", "program-service", "progress-service", "registry-service",
                "engagement-service", "portal");
        List<ObjectNode> deployments = ofKind(Manifests.render(overlay), "Deployment");
        assertThat(deployments).extracting(Manifests::name).containsExactlyInAnyOrderElementsOf(apps.keySet());
        Map<String, JsonNode> images = overlayImages(overlay);
        for (ObjectNode deployment : deployments) {
            String app = name(deployment);
            JsonNode container = containers(deployment).get(0);
            Matcher m = PINNED.matcher(container.path("image").asText());
            assertThat(m.matches()).as(overlay + " " + app + " image").isTrue();
            assertThat(m.group("name")).as(overlay + " " + app + " image name").isEqualTo("ghcr.io/telerehab/" + app);
            assertThat(images).as(overlay + " images: entries").containsKey(m.group("name"));
            List<Integer> ports = new ArrayList<>();
            container.path("ports").forEach(p -> ports.add(p.path("containerPort").asInt()));
            assertThat(ports).as(overlay + " " + app + " containerPort = the image's exposed port").containsExactly(apps.get(app));
        }
    }

    // --- the check is not a rubber stamp ---

    private static JsonNode renderedContainer(String app) {
        ObjectNode deployment = Manifests.get(Manifests.render("prod"), "Deployment", app);
        JsonNode container = containers(deployment).get(0);
        assertThat(pinningProblems(container, overlayImages("prod"))).as("the untouched " + app).isEmpty();
        return container;
    }

    @Test
    void aBareTagFails() {
        ObjectNode container = (ObjectNode) renderedContainer("portal");
        container.put("image", "ghcr.io/telerehab/portal:1.0.0");

        assertThat(pinningProblems(container, overlayImages("prod"))).singleElement().asString().contains("not pinned by a sha256 digest");
    }

    @Test
    void aDigestTheOverlayDoesNotSetFails() {
        ObjectNode container = (ObjectNode) renderedContainer("intake-service");
        container.put("image", "ghcr.io/telerehab/intake-service@sha256:" + "0".repeat(64));

        assertThat(pinningProblems(container, overlayImages("prod"))).singleElement().asString().contains("does not carry the digest");
    }

    @Test
    void anImagesEntryWithATagOnlyFails() {
        JsonNode container = renderedContainer("program-service");
        Map<String, JsonNode> images = new HashMap<>(overlayImages("prod"));
        ObjectNode tagOnly = ((ObjectNode) images.get("ghcr.io/telerehab/program-service")).deepCopy();
        tagOnly.remove("digest");
        images.put("ghcr.io/telerehab/program-service", tagOnly);

        assertThat(pinningProblems(container, images)).singleElement().asString().contains("has no sha256 digest");
    }

    @Test
    void anImageNoImagesEntryNamesFails() {
        ObjectNode container = (ObjectNode) renderedContainer("progress-service");
        container.put("image", "docker.io/someone/progress-service@sha256:" + "a".repeat(64));

        assertThat(pinningProblems(container, overlayImages("prod"))).singleElement().asString().contains("not set by the overlay");
    }
}
