package org.telerehab.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.telerehab.events.Topics;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.deploy.Manifests.get;
import static org.telerehab.deploy.Manifests.id;
import static org.telerehab.deploy.Manifests.kind;
import static org.telerehab.deploy.Manifests.name;
import static org.telerehab.deploy.Manifests.configMapOf;
import static org.telerehab.deploy.Manifests.ofKind;

/** What ops rely on, asserted on the rendered output of every overlay. */
class ManifestPropertiesTest {

    /** The apps, each with its HTTP port and its own database (null: none). */
    private static final Map<String, String> DATABASE = Map.of(
            "intake-service", "intake-db",
            "program-service", "program-db",
            "progress-service", "progress-db",
            "registry-service", "registry-db",
            "engagement-service", "engagement-db");
    private static final Set<String> APPS = Set.of("intake-service", "program-service", "progress-service",
            "registry-service", "engagement-service", "portal");
    /** Secrets that something other than ops creates in every environment. */
    private static final Set<String> CREATED_BY_CERT_MANAGER = Set.of("telerehab-tls", "keycloak-internal-tls");
    /** CloudNativePG's CA of each cluster, which the services mount to check the database's certificate. */
    private static final Set<String> CREATED_BY_CLOUDNATIVE_PG = Set.of("intake-db-ca", "program-db-ca",
            "progress-db-ca", "registry-db-ca", "engagement-db-ca", "keycloak-db-ca");
    /** Strimzi's cluster CA, and the Secret of each KafkaUser (its SCRAM login), made by the User Operator. */
    static final Set<String> CREATED_BY_STRIMZI = Set.of("telerehab-kafka-cluster-ca-cert", "intake-service",
            "program-service", "progress-service", "registry-service", "engagement-service");

    static Stream<String> overlays() {
        return Manifests.overlays().stream();
    }

    private static List<ObjectNode> deployments(List<ObjectNode> objects) {
        return ofKind(objects, "Deployment");
    }

    private static JsonNode podSpec(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec");
    }

    private static List<JsonNode> containers(JsonNode deployment) {
        List<JsonNode> all = new ArrayList<>();
        podSpec(deployment).path("containers").forEach(all::add);
        podSpec(deployment).path("initContainers").forEach(all::add);
        return all;
    }

    // --- Deployments ---

    @ParameterizedTest
    @MethodSource("overlays")
    void everyAppIsDeployedOnce(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        assertThat(deployments(objects)).extracting(Manifests::name).containsExactlyInAnyOrderElementsOf(APPS);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyDeploymentHasTheThreeQuarkusHealthProbesOnItsHttpPort(String overlay) {
        for (ObjectNode deployment : deployments(Manifests.render(overlay))) {
            for (JsonNode container : podSpec(deployment).path("containers")) {
                String what = overlay + " " + id(deployment) + " container " + container.path("name").asText();
                assertThat(container.path("ports").findValuesAsText("name")).as(what + " ports").contains("http");
                Map<String, String> probes = Map.of(
                        "startupProbe", "/q/health/started",
                        "livenessProbe", "/q/health/live",
                        "readinessProbe", "/q/health/ready");
                probes.forEach((probe, path) -> {
                    JsonNode get = container.path(probe).path("httpGet");
                    assertThat(get.path("path").asText()).as(what + " " + probe + " path").isEqualTo(path);
                    assertThat(get.path("port").asText()).as(what + " " + probe + " port").isEqualTo("http");
                });
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerHasCpuAndMemoryRequestsAndLimits(String overlay) {
        for (ObjectNode deployment : deployments(Manifests.render(overlay))) {
            for (JsonNode container : containers(deployment)) {
                JsonNode resources = container.path("resources");
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        assertThat(resources.path(bound).path(resource).asText())
                                .as(overlay + " " + id(deployment) + " " + bound + "." + resource).isNotBlank();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPodRunsAsNonRootOnAReadOnlyRootFilesystem(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        for (ObjectNode deployment : deployments(objects)) {
            String what = overlay + " " + id(deployment);
            JsonNode pod = podSpec(deployment);
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as(what + " runAsNonRoot").isTrue();
            assertThat(pod.path("securityContext").path("runAsUser").asInt()).as(what + " runAsUser").isEqualTo(185);
            assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText())
                    .as(what + " seccomp").isEqualTo("RuntimeDefault");
            assertThat(pod.path("automountServiceAccountToken").isBoolean()
                    && !pod.path("automountServiceAccountToken").asBoolean()).as(what + " no service account token").isTrue();
            ObjectNode account = get(objects, "ServiceAccount", pod.path("serviceAccountName").asText());
            assertThat(account.path("automountServiceAccountToken").asBoolean(true)).as(what + " account token").isFalse();

            Set<String> emptyDirs = new HashSet<>();
            pod.path("volumes").forEach(v -> {
                if (v.has("emptyDir")) {
                    emptyDirs.add(v.path("name").asText());
                }
            });
            for (JsonNode container : containers(deployment)) {
                JsonNode security = container.path("securityContext");
                String c = what + " container " + container.path("name").asText();
                assertThat(security.path("runAsNonRoot").asBoolean(pod.path("securityContext").path("runAsNonRoot").asBoolean()))
                        .as(c + " runAsNonRoot").isTrue();
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(c + " readOnlyRootFilesystem").isTrue();
                assertThat(security.path("allowPrivilegeEscalation").isBoolean()
                        && !security.path("allowPrivilegeEscalation").asBoolean()).as(c + " allowPrivilegeEscalation").isTrue();
                List<String> dropped = new ArrayList<>();
                security.path("capabilities").path("drop").forEach(d -> dropped.add(d.asText()));
                assertThat(dropped).as(c + " capabilities dropped").containsExactly("ALL");
                assertThat(security.path("capabilities").has("add")).as(c + " capabilities added").isFalse();
                assertThat(security.path("privileged").asBoolean(false)).as(c + " privileged").isFalse();
                boolean tmp = false;
                for (JsonNode mount : container.path("volumeMounts")) {
                    tmp |= "/tmp".equals(mount.path("mountPath").asText()) && emptyDirs.contains(mount.path("name").asText());
                }
                assertThat(tmp).as(c + " has a writable /tmp (emptyDir)").isTrue();
            }
        }
    }

    /**
     * The services' JVM options (issue 20, start-up and memory): one set for all five, from each ConfigMap's
     * JDK_JAVA_OPTIONS (the JVM reads that variable before the image's own options, and the load benchmark starts
     * the services with the same value): SerialGC (1 CPU per pod: no use for a concurrent collector), a fixed heap
     * ceiling and bounded metaspace and code cache that together stay clear of the container's memory limit.
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceRunsWithTheSameBoundedJvmOptions(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        Set<String> seen = new HashSet<>();
        for (String service : DATABASE.keySet()) {
            ObjectNode deployment = get(objects, "Deployment", service);
            String what = overlay + " " + service + " JDK_JAVA_OPTIONS";
            String options = configMapOf(objects, deployment).get("JDK_JAVA_OPTIONS");
            assertThat(options).as(what).isNotBlank();
            seen.add(options);
            List<String> each = List.of(options.trim().split("\\s+"));
            assertThat(each).as(what).contains("-XX:+UseSerialGC");
            long heap = megabytes(option(each, "-Xmx", what));
            long metaspace = megabytes(option(each, "-XX:MaxMetaspaceSize=", what));
            long codeCache = megabytes(option(each, "-XX:ReservedCodeCacheSize=", what));
            long limit = megabytes(containers(deployment).get(0).path("resources").path("limits").path("memory")
                    .asText().replace("Mi", "m").replace("Gi", "g"));
            assertThat(heap + metaspace + codeCache).as(what + ": heap + metaspace + code cache, with room for "
                    + "threads, GC and native memory under the " + limit + " MiB limit").isLessThan(limit * 3 / 4);
        }
        assertThat(seen).as(overlay + ": the same JVM options for every service").hasSize(1);
    }

    private static String option(List<String> options, String prefix, String what) {
        return options.stream().filter(o -> o.startsWith(prefix)).map(o -> o.substring(prefix.length()))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError(what + " sets no " + prefix));
    }

    /** 512m, 1g, 65536k as MiB */
    private static long megabytes(String size) {
        String s = size.toLowerCase(Locale.ROOT);
        long n = Long.parseLong(s.replaceAll("[^0-9]", ""));
        return switch (s.charAt(s.length() - 1)) {
            case 'g' -> n * 1024;
            case 'm' -> n;
            case 'k' -> n / 1024;
            default -> n / (1024 * 1024);
        };
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shutdownDrainsWithinTheGracePeriodAndRolloutsKeepCapacity(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        for (ObjectNode deployment : deployments(objects)) {
            String what = overlay + " " + id(deployment);
            JsonNode strategy = deployment.path("spec").path("strategy");
            assertThat(strategy.path("type").asText()).as(what + " strategy").isEqualTo("RollingUpdate");
            assertThat(strategy.path("rollingUpdate").path("maxUnavailable").asText()).as(what + " maxUnavailable").isEqualTo("0");

            long grace = podSpec(deployment).path("terminationGracePeriodSeconds").asLong();
            assertThat(grace).as(what + " terminationGracePeriodSeconds").isEqualTo(45);
            JsonNode container = podSpec(deployment).path("containers").get(0);
            long preStop = container.path("lifecycle").path("preStop").path("sleep").path("seconds").asLong(0);
            assertThat(preStop).as(what + " preStop sleep: endpoints drain before Quarkus stops").isBetween(5L, 15L);
            Duration shutdown = Duration.parse("PT" + configMapOf(objects, deployment).get("QUARKUS_SHUTDOWN_TIMEOUT").toUpperCase());
            assertThat(shutdown).as(what + " QUARKUS_SHUTDOWN_TIMEOUT").isEqualTo(Duration.ofSeconds(30));
            assertThat(preStop + shutdown.toSeconds()).as(what + " preStop + shutdown timeout leave slack before SIGKILL")
                    .isLessThan(grace);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void configurationComesFromAConfigMapPerAppAndCredentialsFromSecrets(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        Set<String> configMaps = new HashSet<>();
        for (ObjectNode deployment : deployments(objects)) {
            String what = overlay + " " + id(deployment);
            Map<String, String> config = configMapOf(objects, deployment);
            assertThat(config).as(what + " ConfigMap").containsEntry("QUARKUS_PROFILE", "prod");
            podSpec(deployment).path("containers").get(0).path("envFrom")
                    .forEach(f -> configMaps.add(f.path("configMapRef").path("name").asText()));
            // the content hash in the name makes a configuration change roll the Deployment
            assertThat(configMaps).as(what + " ConfigMap names carry kustomize's content hash")
                    .allMatch(n -> n.matches(".+-config-[a-z0-9]{10}"));
            assertThat(config.keySet()).as(what + ": no credential in a ConfigMap")
                    .noneMatch(k -> k.contains("PASSWORD") || k.contains("SECRET") || k.contains("CREDENTIAL"));
            for (JsonNode container : containers(deployment)) {
                for (JsonNode env : container.path("env")) {
                    String name = env.path("name").asText();
                    if (name.contains("PASSWORD") || name.contains("SECRET") || name.endsWith("USERNAME")) {
                        assertThat(env.path("valueFrom").path("secretKeyRef").path("name").asText())
                                .as(what + " " + name + " comes from a Secret").isNotBlank();
                        assertThat(env.has("value")).as(what + " " + name + " has no literal value").isFalse();
                    }
                }
            }
        }
        assertThat(configMaps).as("one ConfigMap per app").hasSize(APPS.size());
    }

    /**
     * The settings a service gives a value only in its dev profile (its starred ones: database, broker, Keycloak,
     * ...) have none in prod: every overlay sets each one, in the app's ConfigMap or from a Secret, as the
     * environment variable Quarkus reads for it. Except the local conveniences whose default is production's.
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void everySettingAServiceLeavesToTheEnvironmentIsSet(String overlay) throws IOException {
        // program-service's ObjectStoreConfig: false unless set (in production ops provide the bucket)
        Set<String> localConveniences = Set.of("telerehab.media.store.create-bucket");
        List<ObjectNode> objects = Manifests.render(overlay);
        for (String service : DATABASE.keySet()) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(Manifests.root()
                    .resolve(service + "/src/main/resources/application.properties"))) {
                properties.load(in);
            }
            ObjectNode deployment = get(objects, "Deployment", service);
            Set<String> variables = new TreeSet<>(configMapOf(objects, deployment).keySet());
            containers(deployment).forEach(c -> c.path("env").forEach(e -> variables.add(e.path("name").asText())));
            Set<String> devOnly = new TreeSet<>();
            for (String key : properties.stringPropertyNames()) {
                String setting = key.substring(key.indexOf('.') + 1);
                if (key.startsWith("%dev.") && !properties.containsKey(setting)
                        && !properties.containsKey("%prod." + setting) && !localConveniences.contains(setting)) {
                    devOnly.add(setting);
                    assertThat(variables).as(overlay + " " + service + " sets " + setting)
                            .contains(setting.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
                }
            }
            assertThat(devOnly).as(service + " leaves its database URL to the environment")
                    .contains("quarkus.datasource.jdbc.url");
        }
    }

    // images: pinned by digest through each overlay's images:, see ImagePinningTest

    // --- Secrets ---

    @Test
    void prodDefinesNoSecretItOnlyReferencesThem() {
        List<ObjectNode> prod = Manifests.render("prod");
        assertThat(ofKind(prod, "Secret")).as("Secret objects in prod").isEmpty();
        assertThat(referencedSecrets(prod)).as("Secrets prod references").isNotEmpty();
        // nor does any other kind carry an inline credential
        assertThat(ofKind(prod, "KeycloakRealmImport").get(0).path("spec").path("realm").path("clients").findValuesAsText("secret"))
                .allMatch(s -> s.matches("\\$\\{[A-Z_]+}"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyReferencedSecretIsDocumentedInTheRunbook(String overlay) throws IOException {
        String runbook = Files.readString(Manifests.deploy().resolve("README.md"));
        for (String secret : referencedSecrets(Manifests.render(overlay))) {
            assertThat(runbook).as("deploy/README.md documents the Secret `" + secret + "` (" + overlay + ")")
                    .contains("`" + secret + "`");
        }
    }

    @Test
    void devGeneratesEverySecretItNeedsWithObviouslyLocalValues() {
        List<ObjectNode> dev = Manifests.render("dev");
        Set<String> defined = new TreeSet<>();
        ofKind(dev, "Secret").forEach(s -> defined.add(name(s)));
        Set<String> needed = new TreeSet<>(referencedSecrets(dev));
        needed.removeAll(CREATED_BY_CERT_MANAGER);
        needed.removeAll(CREATED_BY_CLOUDNATIVE_PG);
        needed.removeAll(CREATED_BY_STRIMZI);
        assertThat(defined).containsAll(needed);
        for (ObjectNode secret : ofKind(dev, "Secret")) {
            secret.path("data").fields().forEachRemaining(e -> {
                String value = new String(java.util.Base64.getDecoder().decode(e.getValue().asText()));
                if (e.getKey().contains("password") || e.getKey().contains("secret")) {
                    assertThat(value).as("dev " + id(secret) + " " + e.getKey()).contains("local-dev-only");
                }
            });
        }
    }

    /** Every Secret name the objects reference, per the fields each kind uses. */
    static Set<String> referencedSecrets(List<ObjectNode> objects) {
        Set<String> names = new TreeSet<>();
        for (ObjectNode o : objects) {
            JsonNode spec = o.path("spec");
            switch (kind(o)) {
                case "Deployment" -> {
                    JsonNode pod = podSpec(o);
                    names.addAll(pod.findValuesAsText("secretName"));
                    pod.findValues("secretKeyRef").forEach(r -> names.add(r.path("name").asText()));
                    pod.findValues("secretRef").forEach(r -> names.add(r.path("name").asText()));
                    pod.path("imagePullSecrets").forEach(r -> names.add(r.path("name").asText()));
                }
                case "Cluster" -> {
                    spec.path("bootstrap").findValues("secret").forEach(r -> names.add(r.path("name").asText()));
                    spec.path("managed").findValues("passwordSecret").forEach(r -> names.add(r.path("name").asText()));
                }
                case "ObjectStore" -> spec.path("configuration").path("s3Credentials")
                        .forEach(r -> names.add(r.path("name").asText()));
                case "Keycloak" -> {
                    names.add(spec.path("db").path("usernameSecret").path("name").asText());
                    names.add(spec.path("db").path("passwordSecret").path("name").asText());
                    names.add(spec.path("http").path("tlsSecret").asText());
                    names.add(spec.path("bootstrapAdmin").path("user").path("secret").asText());
                    names.addAll(spec.path("unsupported").findValuesAsText("secretName"));
                }
                case "KeycloakRealmImport" -> spec.path("placeholders")
                        .forEach(p -> names.add(p.path("secret").path("name").asText()));
                case "Ingress" -> spec.path("tls").forEach(t -> names.add(t.path("secretName").asText()));
                default -> {
                }
            }
        }
        names.remove("");
        return names;
    }

    // --- Kafka ---

    static Set<String> contractTopics() {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    topics.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return topics;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theKafkaTopicsAreTheContractsTopics(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        String cluster = name(ofKind(objects, "Kafka").get(0));
        Set<String> contract = new TreeSet<>();
        for (ObjectNode topic : ofKind(objects, "KafkaTopic")) {
            String topicName = topic.path("spec").path("topicName").asText(name(topic));
            assertThat(topic.path("metadata").path("labels").path("strimzi.io/cluster").asText())
                    .as(overlay + " " + id(topic) + " cluster").isEqualTo(cluster);
            if ("contract".equals(topic.path("metadata").path("labels").path("telerehab.org/topic").asText())) {
                contract.add(topicName);
            }
        }
        assertThat(contract).as(overlay + " contract topics").isEqualTo(contractTopics())
                .containsExactlyInAnyOrder("intake.screenings.v1", "program.care.v1", "progress.alerts.v1",
                        "progress.activity.v1", "registry.patients.v1", "registry.therapists.v1",
                        "engagement.notifications.v1");
    }

    @Test
    void prodTopicsHaveSixPartitionsThreeReplicasAndMinInsyncTwo() {
        List<ObjectNode> topics = ofKind(Manifests.render("prod"), "KafkaTopic");
        for (ObjectNode topic : topics) {
            JsonNode spec = topic.path("spec");
            if (contractTopics().contains(name(topic))) {
                assertThat(spec.path("partitions").asInt()).as(id(topic)).isEqualTo(6);
            }
            assertThat(spec.path("replicas").asInt()).as(id(topic)).isEqualTo(3);
            assertThat(spec.path("config").path("min.insync.replicas").asText()).as(id(topic)).isEqualTo("2");
        }
    }

    @Test
    void devTopicsHaveOneReplica() {
        for (ObjectNode topic : ofKind(Manifests.render("dev"), "KafkaTopic")) {
            assertThat(topic.path("spec").path("replicas").asInt()).as(id(topic)).isEqualTo(1);
            assertThat(topic.path("spec").path("config").path("min.insync.replicas").asText()).as(id(topic)).isEqualTo("1");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyConsumedTopicAndEveryChannelsDeadLetterTopicExists(String overlay) throws IOException {
        Set<String> topics = new TreeSet<>();
        ofKind(Manifests.render(overlay), "KafkaTopic").forEach(t -> topics.add(t.path("spec").path("topicName").asText(name(t))));
        Pattern incoming = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
        for (String service : DATABASE.keySet()) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(Manifests.root().resolve(service + "/src/main/resources/application.properties"))) {
                properties.load(in);
            }
            for (String key : properties.stringPropertyNames()) {
                Matcher m = incoming.matcher(key);
                if (m.matches()) {
                    assertThat(topics).as(overlay + ": " + service + " consumes " + properties.getProperty(key))
                            .contains(properties.getProperty(key));
                    // auto.create.topics.enable is off: SmallRye's dead-letter-queue strategy needs its topic
                    assertThat(topics).as(overlay + ": dead-letter topic of " + service + "'s channel " + m.group(1))
                            .contains(properties.getProperty("mp.messaging.incoming." + m.group(1)
                                    + ".dead-letter-queue.topic"));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyDeadLetterTopicHasACriticalAlertOverEveryConsumerThatFeedsIt(String overlay) throws IOException {
        List<ObjectNode> objects = Manifests.render(overlay);
        Set<String> deadLetterTopics = new TreeSet<>();
        ofKind(objects, "KafkaTopic").stream().map(t -> t.path("spec").path("topicName").asText(name(t)))
                .filter(t -> t.startsWith("dead-letter-topic-")).forEach(deadLetterTopics::add);
        Map<String, String> alertedTopics = new HashMap<>();
        Set<String> alertedConsumers = new TreeSet<>();
        Pattern consumers = Pattern.compile("consumer=~?\"([^\"]+)\"");
        for (ObjectNode rules : ofKind(objects, "PrometheusRule")) {
            for (JsonNode group : rules.path("spec").path("groups")) {
                for (JsonNode rule : group.path("rules")) {
                    String expr = rule.path("expr").asText();
                    if (!expr.contains("telerehab_consumer_dead_lettered_total")) {
                        continue;
                    }
                    assertThat(rule.path("labels").path("severity").asText()).as(rule.path("alert").asText())
                            .isEqualTo("critical");
                    Matcher m = consumers.matcher(expr);
                    assertThat(m.find()).as("the consumers of " + rule.path("alert").asText()).isTrue();
                    alertedConsumers.addAll(List.of(m.group(1).split("\\|")));
                    alertedTopics.put(rule.path("labels").path("topic").asText(), rule.path("alert").asText());
                }
            }
        }
        assertThat(alertedTopics.keySet()).as(overlay + ": a rule per dead-letter topic")
                .containsExactlyInAnyOrderElementsOf(deadLetterTopics);
        // the consumer names the services give IdempotentConsumer: each one is in a rule
        Set<String> named = new TreeSet<>();
        Pattern consumerName = Pattern.compile("(?:handle\\(|CONSUMER = )\"([a-z.-]+)\"");
        for (String service : DATABASE.keySet()) {
            try (var files = Files.walk(Manifests.root().resolve(service + "/src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = consumerName.matcher(Files.readString(file));
                    while (m.find()) {
                        named.add(m.group(1));
                    }
                }
            }
        }
        assertThat(named).as("consumers found in the services' code").isNotEmpty();
        assertThat(alertedConsumers).as(overlay + ": the consumers the dead-letter alerts watch")
                .containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    void kafkaRunsInKraftModeWithNodePools() {
        List<ObjectNode> prod = Manifests.render("prod");
        ObjectNode kafka = ofKind(prod, "Kafka").get(0);
        assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/kraft").asText()).isEqualTo("enabled");
        assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/node-pools").asText()).isEqualTo("enabled");
        assertThat(kafka.path("spec").has("zookeeper")).isFalse();
        assertThat(kafka.path("spec").path("kafka").path("config").path("auto.create.topics.enable").asText()).isEqualTo("false");
        assertThat(kafka.path("spec").path("kafka").path("config").path("min.insync.replicas").asText()).isEqualTo("2");
        int controllers = 0;
        int brokers = 0;
        for (ObjectNode pool : ofKind(prod, "KafkaNodePool")) {
            assertThat(pool.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo(name(kafka));
            List<String> r = new ArrayList<>();
            pool.path("spec").path("roles").forEach(x -> r.add(x.asText()));
            int replicas = pool.path("spec").path("replicas").asInt();
            controllers += r.contains("controller") ? replicas : 0;
            brokers += r.contains("broker") ? replicas : 0;
        }
        assertThat(controllers).as("KRaft controller quorum").isEqualTo(3);
        assertThat(brokers).as("brokers").isEqualTo(3);
    }

    // --- PostgreSQL ---

    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/([a-z0-9_]+)(\\?.*)?");

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasItsOwnDatabaseAndReachesItThroughTheReadWriteService(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        Set<String> used = new HashSet<>();
        DATABASE.forEach((service, cluster) -> {
            ObjectNode deployment = get(objects, "Deployment", service);
            String url = configMapOf(objects, deployment).get("QUARKUS_DATASOURCE_JDBC_URL");
            Matcher m = JDBC.matcher(String.valueOf(url));
            assertThat(m.matches()).as(overlay + " " + service + " JDBC URL " + url).isTrue();
            assertThat(m.group(1)).as(overlay + " " + service + " database cluster").isEqualTo(cluster);
            assertThat(m.group(3)).as(overlay + " " + service + " checks the database's certificate and name")
                    .contains("sslmode=verify-full").contains("sslrootcert=/etc/telerehab/db-ca/ca.crt");
            assertThat(podSpec(deployment).path("volumes").findValuesAsText("secretName"))
                    .as(overlay + " " + service + " mounts its cluster's CA").contains(cluster + "-ca");
            assertThat(used.add(m.group(1))).as("a database of its own").isTrue();
            JsonNode initdb = get(objects, "Cluster", cluster).path("spec").path("bootstrap").path("initdb");
            assertThat(initdb.path("database").asText()).as(overlay + " " + cluster + " database").isEqualTo(m.group(2));
            String ownerSecret = initdb.path("secret").path("name").asText();
            Map<String, String> secretOfVariable = new HashMap<>();
            containers(deployment).forEach(c -> c.path("env").forEach(e -> secretOfVariable.put(e.path("name").asText(),
                    e.path("valueFrom").path("secretKeyRef").path("name").asText())));
            assertThat(secretOfVariable.get("QUARKUS_FLYWAY_USERNAME")).as(overlay + " " + service + " migrates as the owner")
                    .isEqualTo(ownerSecret);
            assertThat(secretOfVariable.get("QUARKUS_FLYWAY_PASSWORD")).isEqualTo(ownerSecret);
            // it runs as a role of its own, which the migrations let add to the audit trail but never change it
            String appSecret = secretOfVariable.get("QUARKUS_DATASOURCE_USERNAME");
            assertThat(appSecret).as(overlay + " " + service + " runs as a role other than the owner")
                    .isNotBlank().isNotEqualTo(ownerSecret);
            assertThat(secretOfVariable.get("QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(appSecret);
            List<String> runtimeRoles = new ArrayList<>();
            get(objects, "Cluster", cluster).path("spec").path("managed").path("roles").forEach(role -> {
                if (role.path("passwordSecret").path("name").asText().equals(appSecret)
                        && role.path("login").asBoolean() && role.path("ensure").asText().equals("present")) {
                    runtimeRoles.add(role.path("name").asText());
                }
            });
            assertThat(runtimeRoles).as(overlay + " " + cluster + " keeps the runtime role and its password")
                    .containsExactly(m.group(2) + "_app");
        });
        ObjectNode keycloak = ofKind(objects, "Keycloak").get(0);
        assertThat(keycloak.path("spec").path("db").path("url").asText()).as("Keycloak through the read-write service")
                .startsWith("jdbc:postgresql://keycloak-db-rw:5432/");
    }

    @Test
    void prodDatabasesAreReplicatedAndBackedUp() {
        List<ObjectNode> prod = Manifests.render("prod");
        List<ObjectNode> clusters = ofKind(prod, "Cluster");
        assertThat(clusters).hasSize(6);
        for (ObjectNode cluster : clusters) {
            JsonNode spec = cluster.path("spec");
            assertThat(spec.path("instances").asInt()).as(id(cluster)).isEqualTo(3);
            assertThat(spec.path("storage").path("size").asText()).as(id(cluster) + " storage").isNotBlank();
            JsonNode plugin = spec.path("plugins").get(0);
            assertThat(plugin.path("name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
            assertThat(plugin.path("isWALArchiver").asBoolean()).as(id(cluster) + " archives WAL").isTrue();
            ObjectNode store = get(prod, "ObjectStore", plugin.path("parameters").path("barmanObjectName").asText());
            assertThat(store.path("spec").path("retentionPolicy").asText()).isNotBlank();
            JsonNode configuration = store.path("spec").path("configuration");
            assertThat(configuration.path("wal").path("encryption").asText()).as(id(store) + " WAL encrypted")
                    .isEqualTo("AES256");
            assertThat(configuration.path("data").path("encryption").asText()).as(id(store) + " base backups")
                    .isEqualTo("AES256");
            assertThat(configuration.path("s3Credentials").findValuesAsText("name"))
                    .as(id(store) + " has credentials of its own").containsOnly("telerehab-backup-s3-"
                            + store.path("metadata").path("name").asText().replace("-db-backups", ""));
            assertThat(ofKind(prod, "ScheduledBackup"))
                    .as(id(cluster) + " nightly backup")
                    .anyMatch(b -> name(cluster).equals(b.path("spec").path("cluster").path("name").asText())
                            && "plugin".equals(b.path("spec").path("method").asText()));
        }
    }

    // --- scaling, disruption, monitoring ---

    @ParameterizedTest
    @MethodSource("overlays")
    void everyAppIsAutoscaledProtectedFromDisruptionAndScraped(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        for (ObjectNode deployment : deployments(objects)) {
            String app = name(deployment);
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");

            assertThat(ofKind(objects, "HorizontalPodAutoscaler")).as(overlay + " HPA of " + app).anyMatch(h ->
                    "autoscaling/v2".equals(h.path("apiVersion").asText())
                            && "Deployment".equals(h.path("spec").path("scaleTargetRef").path("kind").asText())
                            && app.equals(h.path("spec").path("scaleTargetRef").path("name").asText())
                            && h.path("spec").path("minReplicas").asInt() >= 1
                            && h.path("spec").path("maxReplicas").asInt() <= 6);
            assertThat(ofKind(objects, "PodDisruptionBudget")).as(overlay + " PDB of " + app)
                    .anyMatch(p -> selects(p.path("spec").path("selector").path("matchLabels"), labels));
            ObjectNode service = get(objects, "Service", app);
            assertThat(selects(service.path("spec").path("selector"), labels)).as(overlay + " Service " + app).isTrue();
            assertThat(service.path("spec").path("ports").findValuesAsText("name")).contains("http");
            assertThat(ofKind(objects, "ServiceMonitor")).as(overlay + " ServiceMonitor of " + app).anyMatch(m ->
                    selects(m.path("spec").path("selector").path("matchLabels"), service.path("metadata").path("labels"))
                            && m.path("spec").path("endpoints").findValuesAsText("path").contains("/q/metrics")
                            && m.path("spec").path("endpoints").findValuesAsText("port").contains("http"));
        }
        assertThat(ofKind(Manifests.render("prod"), "HorizontalPodAutoscaler"))
                .allMatch(h -> h.path("spec").path("minReplicas").asInt() >= 2, "prod runs at least 2 replicas of each app");
    }

    /** True when every label of the selector is on the target (matchLabels semantics). */
    private static boolean selects(JsonNode matchLabels, JsonNode labels) {
        if (!matchLabels.isObject() || matchLabels.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = matchLabels.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    // --- network ---

    @ParameterizedTest
    @MethodSource("overlays")
    void networkPoliciesDenyByDefaultAndIsolateEveryApp(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        List<ObjectNode> policies = ofKind(objects, "NetworkPolicy");
        assertThat(policies).as(overlay + " default deny").anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && p.path("spec").path("policyTypes").toString().contains("Ingress")
                && p.path("spec").path("policyTypes").toString().contains("Egress")
                && !p.path("spec").has("ingress") && !p.path("spec").has("egress"));
        for (ObjectNode deployment : deployments(objects)) {
            String app = name(deployment);
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            List<ObjectNode> own = policies.stream()
                    .filter(p -> selects(p.path("spec").path("podSelector").path("matchLabels"), labels))
                    .toList();
            assertThat(own).as(overlay + " a NetworkPolicy selects " + app).isNotEmpty();
            Set<String> databases = new TreeSet<>();
            own.forEach(p -> p.path("spec").path("egress").findValues("cnpg.io/cluster").forEach(c -> databases.add(c.asText())));
            String expected = DATABASE.get(app);
            assertThat(databases).as(overlay + " databases " + app + " may reach")
                    .isEqualTo(expected == null ? Set.of() : Set.of(expected));
            own.forEach(p -> p.path("spec").path("egress").forEach(rule ->
                    assertThat(rule.has("to")).as(overlay + " " + id(p) + ": every egress rule of an app names its peers").isTrue()));
        }
        for (String database : DATABASE.values()) {
            assertThat(policies).as(overlay + " NetworkPolicy of " + database)
                    .anyMatch(p -> database.equals(p.path("spec").path("podSelector").path("matchLabels").path("cnpg.io/cluster").asText()));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyThePortalTheApisAndTheLoginAreExposedAndAllOverTls(String overlay) {
        List<ObjectNode> ingresses = ofKind(Manifests.render(overlay), "Ingress");
        Map<String, Set<String>> pathsByBackend = new HashMap<>();
        for (ObjectNode ingress : ingresses) {
            JsonNode spec = ingress.path("spec");
            Set<String> tlsHosts = new TreeSet<>();
            spec.path("tls").forEach(t -> {
                assertThat(t.path("secretName").asText()).isNotBlank();
                t.path("hosts").forEach(h -> tlsHosts.add(h.asText()));
            });
            for (JsonNode rule : spec.path("rules")) {
                assertThat(tlsHosts).as(overlay + " TLS covers " + rule.path("host").asText()).contains(rule.path("host").asText());
                for (JsonNode path : rule.path("http").path("paths")) {
                    pathsByBackend.computeIfAbsent(path.path("backend").path("service").path("name").asText(), k -> new TreeSet<>())
                            .add(path.path("path").asText());
                }
            }
        }
        assertThat(pathsByBackend).containsOnlyKeys("portal", "intake-service", "program-service", "progress-service",
                "registry-service", "engagement-service", "keycloak-service");
        // the APIs' /api only, and the one upload path that takes a large body (its own Ingress, 101m)
        DATABASE.keySet().stream().filter(api -> !api.equals("program-service")).forEach(api ->
                assertThat(pathsByBackend.get(api)).as(overlay + " " + api).containsExactly("/api"));
        assertThat(pathsByBackend.get("program-service")).as(overlay + " program-service")
                .containsExactly("/api", "/api/exercises/[0-9a-f-]+/media");
        assertThat(pathsByBackend.get("keycloak-service")).as("only the telerehab realm, not master or the admin console")
                .containsExactlyInAnyOrder("/realms/telerehab", "/resources");
    }

    // --- identity provider ---

    @ParameterizedTest
    @MethodSource("overlays")
    void thePortalReachesTheApisAndKeycloakInsideTheClusterAndTrustsProxyHeadersOnlyFromIt(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        ObjectNode portal = get(objects, "Deployment", "portal");
        Map<String, String> env = configMapOf(objects, portal);
        Map<String, String> apis = Map.of("INTAKE", "intake-service", "PROGRAM", "program-service",
                "PROGRESS", "progress-service", "REGISTRY", "registry-service", "ENGAGEMENT", "engagement-service");
        apis.forEach((client, service) -> {
            JsonNode port = get(objects, "Service", service).path("spec").path("ports").get(0);
            assertThat(env.get("QUARKUS_REST_CLIENT_" + client + "_URL")).as(overlay + " portal -> " + service)
                    .isEqualTo("http://" + service + ":" + port.path("port").asInt());
        });
        // the same in-cluster Keycloak URL as the services (the browser is still sent to the public hostname)
        assertThat(env.get("TELEREHAB_KEYCLOAK_URL")).as(overlay + " portal -> Keycloak")
                .isEqualTo(configMapOf(objects, get(objects, "Deployment", "intake-service"))
                        .get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        for (String app : List.of("portal", "intake-service", "program-service", "progress-service",
                "registry-service", "engagement-service")) {
            assertThat(configMapOf(objects, get(objects, "Deployment", app)).get("TELEREHAB_TRUSTED_PROXIES"))
                    .as(overlay + " " + app + " believes X-Forwarded-* only from the cluster").isNotBlank();
        }
        List<String> secretVariables = new ArrayList<>();
        containers(portal).forEach(c -> c.path("env").forEach(e -> {
            if (!e.path("valueFrom").path("secretKeyRef").isMissingNode()) {
                secretVariables.add(e.path("name").asText());
            }
        }));
        assertThat(secretVariables).as(overlay + " the portal's secrets come from Secrets").containsExactlyInAnyOrder(
                "TELEREHAB_PORTAL_CLIENT_SECRET", "TELEREHAB_PORTAL_STATE_SECRET", "TELEREHAB_PORTAL_SESSION_SECRET");
    }

    @Test
    void staffSignInWithAOneTimeCodeInTheProductionRealm() {
        JsonNode realm = ofKind(Manifests.render("prod"), "KeycloakRealmImport").get(0).path("spec").path("realm");
        Map<String, JsonNode> flows = new HashMap<>();
        realm.path("authenticationFlows").forEach(f -> flows.put(f.path("alias").asText(), f));
        Map<String, String> roleOfConfig = new HashMap<>();
        realm.path("authenticatorConfig").forEach(c -> roleOfConfig.put(c.path("alias").asText(),
                c.path("config").path("condUserRole").asText()));
        assertThat(realm.path("otpPolicyType").asText()).isEqualTo("totp");
        assertThat(realm.path("otpPolicyCodeReusable").asBoolean(true)).as("a code is taken once").isFalse();

        // the browser flow: the password, then for each staff role a sub-flow that requires the OTP form
        JsonNode browser = flows.get(realm.path("browserFlow").asText());
        assertThat(browser).as("the realm's browser flow is defined in the import").isNotNull();
        JsonNode forms = flows.get(subFlows(browser).get(0));
        assertThat(executions(forms)).contains("auth-username-password-form:REQUIRED");
        Set<String> rolesAskedForACode = new TreeSet<>();
        for (String alias : subFlows(forms)) {
            JsonNode flow = flows.get(alias);
            for (JsonNode execution : flow.path("authenticationExecutions")) {
                if (execution.path("authenticator").asText().equals("conditional-user-role")
                        && executions(flow).contains("auth-otp-form:REQUIRED")) {
                    rolesAskedForACode.add(roleOfConfig.get(execution.path("authenticatorConfig").asText()));
                }
            }
        }
        assertThat(rolesAskedForACode).containsExactlyInAnyOrder("therapist", "admin");
    }

    private static List<String> subFlows(JsonNode flow) {
        List<String> aliases = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(e -> {
            if (e.path("authenticatorFlow").asBoolean()) {
                aliases.add(e.path("flowAlias").asText());
            }
        });
        return aliases;
    }

    private static List<String> executions(JsonNode flow) {
        List<String> executions = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(e -> executions.add(e.path("authenticator").asText() + ":"
                + e.path("requirement").asText()));
        return executions;
    }

    @Test
    void theProductionRealmHasTheRolesTheGroupsClaimAndNoPeople() {
        List<ObjectNode> prod = Manifests.render("prod");
        ObjectNode keycloak = ofKind(prod, "Keycloak").get(0);
        ObjectNode realmImport = ofKind(prod, "KeycloakRealmImport").get(0);
        assertThat(realmImport.path("spec").path("keycloakCRName").asText()).isEqualTo(name(keycloak));
        JsonNode realm = realmImport.path("spec").path("realm");
        assertThat(realm.path("realm").asText()).isEqualTo("telerehab");
        // nobody to log in: the one user is registry-service's service account, with user management only
        assertThat(realm.path("users")).as("no people in the production realm").singleElement().satisfies(user -> {
            assertThat(user.path("serviceAccountClientId").asText()).isEqualTo("telerehab-registry");
            assertThat(user.has("credentials")).isFalse();
            assertThat(user.path("realmRoles")).isEmpty();
            assertThat(user.path("clientRoles").path("realm-management")).extracting(JsonNode::asText)
                    .containsExactlyInAnyOrder("manage-users", "view-users", "query-users");
        });
        assertThat(realm.path("groups")).extracting(g -> g.path("path").asText() + "=" + g.path("realmRoles"))
                .containsExactlyInAnyOrder("/patients=[\"patient\"]", "/therapists=[\"therapist\"]");
        assertThat(realm.has("federatedUsers")).isFalse();
        assertThat(realm.path("roles").path("realm").findValuesAsText("name"))
                .containsExactlyInAnyOrder("patient", "therapist", "admin");

        Map<String, JsonNode> clients = new HashMap<>();
        realm.path("clients").forEach(c -> clients.put(c.path("clientId").asText(), c));
        assertThat(clients).containsOnlyKeys("telerehab-cli", "telerehab-portal", "telerehab-registry");
        JsonNode registry = clients.remove("telerehab-registry");
        assertThat(registry.path("serviceAccountsEnabled").asBoolean()).as("registry: client credentials").isTrue();
        assertThat(registry.path("standardFlowEnabled").asBoolean(true)).as("registry: nobody logs in").isFalse();
        assertThat(registry.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
        assertThat(registry.path("secret").asText()).as("registry secret is a placeholder").matches("\\$\\{[A-Z_]+}");
        clients.forEach((id, client) -> assertThat(client.path("protocolMappers")).as(id + " puts realm roles in groups")
                .anyMatch(m -> "oidc-usermodel-realm-role-mapper".equals(m.path("protocolMapper").asText())
                        && "groups".equals(m.path("config").path("claim.name").asText())
                        && "true".equals(m.path("config").path("multivalued").asText())));

        JsonNode cli = clients.get("telerehab-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean(true)).as("no password grant in prod").isFalse();

        JsonNode portal = clients.get("telerehab-portal");
        assertThat(portal.path("publicClient").asBoolean(true)).as("portal is confidential").isFalse();
        assertThat(portal.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
        String placeholder = portal.path("secret").asText();
        Matcher m = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(placeholder);
        assertThat(m.matches()).as("portal secret is a placeholder, not inline: " + placeholder).isTrue();
        assertThat(realmImport.path("spec").path("placeholders").path(m.group(1)).path("secret").path("name").asText())
                .as("the placeholder is read from a Secret").isNotBlank();
    }

    @Test
    void theReferencedSecretsListIsWhatTheRunbookTellsOpsToCreate() {
        Set<String> byOps = new TreeSet<>(referencedSecrets(Manifests.render("prod")));
        assertThat(byOps).as("the CAs CloudNativePG creates").containsAll(CREATED_BY_CLOUDNATIVE_PG);
        byOps.removeAll(CREATED_BY_CLOUDNATIVE_PG);
        assertThat(byOps).as("what Strimzi creates").containsAll(CREATED_BY_STRIMZI);
        byOps.removeAll(CREATED_BY_STRIMZI);
        assertThat(byOps).containsExactlyInAnyOrder(
                "intake-db-credentials", "program-db-credentials", "progress-db-credentials", "keycloak-db-credentials",
                "registry-db-credentials", "engagement-db-credentials", "intake-db-app-credentials",
                "program-db-app-credentials", "progress-db-app-credentials", "registry-db-app-credentials",
                "engagement-db-app-credentials", "registry-keycloak-client",
                "telerehab-smtp", "telerehab-portal-oidc", "telerehab-portal-session", "telerehab-backup-s3-intake",
                "telerehab-backup-s3-program", "telerehab-backup-s3-progress", "telerehab-backup-s3-registry",
                "telerehab-backup-s3-engagement", "telerehab-backup-s3-keycloak", "telerehab-media-store",
                "telerehab-tls", "keycloak-internal-tls");
    }

    @Test
    void theSchemasCoverEveryKindTheOverlaysRender() {
        Set<String> missing = new TreeSet<>();
        for (String overlay : Manifests.overlays()) {
            for (ObjectNode o : Manifests.render(overlay)) {
                if (!KubeSchemas.known(o.path("apiVersion").asText(), kind(o))) {
                    missing.add(o.path("apiVersion").asText() + " " + kind(o));
                }
            }
        }
        assertThat(missing).as("kinds without a schema under src/test/resources/schemas").isEmpty();
    }
}
