package org.telerehab.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.telerehab.events.BrokerAccess;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.deploy.Manifests.configMapOf;
import static org.telerehab.deploy.Manifests.get;
import static org.telerehab.deploy.Manifests.name;
import static org.telerehab.deploy.Manifests.ofKind;

/**
 * The cluster's broker authorizes exactly as {@link BrokerAccess} says (the local platform and the tests apply the
 * same class): TLS and a SCRAM user per service, each KafkaUser's ACLs those of its service, each app logging in as
 * its user over TLS, each channel's dead-letter topic the one its service may use.
 */
class KafkaSecurityTest {

    static Stream<String> overlays() {
        return Manifests.overlays().stream();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theOnlyListenerIsTlsWithScramAndEverythingNeedsAnAcl(String overlay) {
        JsonNode kafka = ofKind(Manifests.render(overlay), "Kafka").get(0).path("spec").path("kafka");
        assertThat(kafka.path("listeners")).hasSize(1);
        for (JsonNode listener : kafka.path("listeners")) {
            assertThat(listener.path("tls").asBoolean()).as(overlay + " listener " + listener.path("name")).isTrue();
            assertThat(listener.path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
        }
        assertThat(kafka.path("authorization").path("type").asText()).isEqualTo("simple");
        assertThat(kafka.path("authorization").path("superUsers")).as("no super user but Strimzi's own").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServicesKafkaUserHasExactlyTheAclsOfBrokerAccess(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        assertThat(ofKind(objects, "KafkaUser")).extracting(Manifests::name)
                .containsExactlyInAnyOrderElementsOf(BrokerAccess.SERVICES.stream().map(BrokerAccess::service).toList());
        for (BrokerAccess access : BrokerAccess.SERVICES) {
            JsonNode user = get(objects, "KafkaUser", access.service()).path("spec");
            assertThat(user.path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
            Map<String, Set<String>> granted = new HashMap<>();
            for (JsonNode acl : user.path("authorization").path("acls")) {
                assertThat(acl.path("type").asText("allow")).isEqualTo("allow");
                assertThat(acl.path("resource").path("patternType").asText()).as("no prefix or wildcard")
                        .isEqualTo("literal");
                String resource = acl.path("resource").path("type").asText() + ":"
                        + acl.path("resource").path("name").asText();
                acl.path("operations").forEach(op -> granted.computeIfAbsent(op.asText(), o -> new TreeSet<>())
                        .add(resource));
            }
            String what = overlay + " " + access.service();
            assertThat(granted.get("Write")).as(what + " writes").isEqualTo(prefixed("topic", access.writes()));
            assertThat(granted.get("Read")).as(what + " reads topics and joins groups")
                    .isEqualTo(union(prefixed("topic", access.reads()), prefixed("group", access.groups())));
            assertThat(granted.keySet()).as(what + " operations").containsOnly("Write", "Read", "Describe");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceLogsInAsItsOwnUserOverTlsCheckingTheClusterCa(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        for (BrokerAccess access : BrokerAccess.SERVICES) {
            ObjectNode deployment = get(objects, "Deployment", access.service());
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").get(0);
            Map<String, String> config = configMapOf(objects, deployment);
            String what = overlay + " " + access.service();
            assertThat(config).as(what).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                    .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                    .containsEntry("KAFKA_SSL_TRUSTSTORE_TYPE", "PEM")
                    .doesNotContainKey("KAFKA_SASL_JAAS_CONFIG");
            assertThat(config.get("KAFKA_BOOTSTRAP_SERVERS")).as(what).endsWith(":9093");
            JsonNode login = null;
            for (JsonNode env : container.path("env")) {
                if ("KAFKA_SASL_JAAS_CONFIG".equals(env.path("name").asText())) {
                    login = env.path("valueFrom").path("secretKeyRef");
                }
            }
            assertThat(login).as(what + " login from its KafkaUser's Secret").isNotNull();
            assertThat(login.path("name").asText()).isEqualTo(access.service());
            assertThat(login.path("key").asText()).isEqualTo("sasl.jaas.config");
            String mountPath = null;
            for (JsonNode mount : container.path("volumeMounts")) {
                if ("kafka-ca".equals(mount.path("name").asText())) {
                    mountPath = mount.path("mountPath").asText();
                }
            }
            assertThat(config.get("KAFKA_SSL_TRUSTSTORE_LOCATION")).as(what + " trusts the mounted CA")
                    .isEqualTo(mountPath + "/ca.crt");
            List<String> caSecrets = new ArrayList<>();
            pod.path("volumes").forEach(v -> {
                if ("kafka-ca".equals(v.path("name").asText())) {
                    caSecrets.add(v.path("secret").path("secretName").asText());
                }
            });
            assertThat(caSecrets).containsExactly("telerehab-kafka-cluster-ca-cert");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachChannelReadsATopicItsServiceMayReadAndDeadLettersWhereItMayWrite(String overlay) throws IOException {
        Set<String> topics = new TreeSet<>();
        ofKind(Manifests.render(overlay), "KafkaTopic").forEach(t -> topics.add(name(t)));
        assertThat(topics).as(overlay + " topics").isEqualTo(BrokerAccess.allTopics());
        Pattern incoming = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
        for (BrokerAccess access : BrokerAccess.SERVICES) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(Manifests.root()
                    .resolve(access.service() + "/src/main/resources/application.properties"))) {
                properties.load(in);
            }
            Map<String, String> channels = new HashMap<>();
            for (String key : properties.stringPropertyNames()) {
                Matcher m = incoming.matcher(key);
                if (m.matches()) {
                    channels.put(m.group(1), properties.getProperty(key));
                    assertThat(properties.getProperty("mp.messaging.incoming." + m.group(1)
                            + ".dead-letter-queue.topic")).as(access.service() + " channel " + m.group(1))
                            .isEqualTo(access.deadLetterTopic(m.group(1)));
                }
            }
            assertThat(channels).as(access.service() + "'s channels").isEqualTo(access.consumes());
        }
    }

    private static Set<String> prefixed(String type, Set<String> names) {
        Set<String> out = new TreeSet<>();
        names.forEach(n -> out.add(type + ":" + n));
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }
}
