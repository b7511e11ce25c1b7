package org.telerehab.deploy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation is not a rubber stamp: a rendered object, broken in memory the way manifests get broken by hand,
 * fails it. Each test first checks that the untouched object passes, so a failure pins the one mutation.
 */
class BrokenManifestTest {

    private static ObjectNode prod(String kind, String name) {
        ObjectNode object = Manifests.get(Manifests.render("prod"), kind, name);
        assertThat(KubeSchemas.validate(object)).as("the untouched " + kind + "/" + name).isEmpty();
        return object;
    }

    private static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }

    @Test
    void aMisspelledFieldInADeploymentFails() {
        ObjectNode deployment = prod("Deployment", "intake-service");
        ObjectNode container = container(deployment);
        container.set("readynessProbe", container.remove("readinessProbe"));

        assertThat(KubeSchemas.validate(deployment)).anyMatch(m -> m.contains("readynessProbe"));
    }

    @Test
    void aWrongTypeFails() {
        ObjectNode deployment = prod("Deployment", "program-service");
        ((ObjectNode) container(deployment).path("ports").get(0)).put("containerPort", "eight-thousand");

        assertThat(KubeSchemas.validate(deployment)).anyMatch(m -> m.contains("containerPort"));
    }

    @Test
    void aMissingRequiredFieldFails() {
        ObjectNode deployment = prod("Deployment", "portal");
        container(deployment).remove("name");

        assertThat(KubeSchemas.validate(deployment)).anyMatch(m -> m.contains("name"));
    }

    @Test
    void aValueOutsideAnEnumFails() {
        ObjectNode policy = prod("NetworkPolicy", "default-deny-all");
        ((ArrayNode) policy.path("spec").path("policyTypes")).add("Sideways");

        assertThat(KubeSchemas.validate(policy)).isNotEmpty();
    }

    @Test
    void aMisspelledFieldInAStrimziResourceFails() {
        ObjectNode topic = prod("KafkaTopic", "program.care.v1");
        ObjectNode spec = (ObjectNode) topic.path("spec");
        spec.set("partitons", spec.remove("partitions"));

        assertThat(KubeSchemas.validate(topic)).anyMatch(m -> m.contains("partitons"));
    }

    @Test
    void aMisspelledFieldInACloudNativePgClusterFails() {
        ObjectNode cluster = prod("Cluster", "progress-db");
        ObjectNode initdb = (ObjectNode) cluster.path("spec").path("bootstrap").path("initdb");
        initdb.set("ownr", initdb.remove("owner"));

        assertThat(KubeSchemas.validate(cluster)).anyMatch(m -> m.contains("ownr"));
    }

    @Test
    void aMisspelledClientFieldInTheRealmImportFails() {
        ObjectNode realmImport = prod("KeycloakRealmImport", "telerehab-realm");
        ObjectNode client = (ObjectNode) realmImport.path("spec").path("realm").path("clients").get(0);
        client.set("directAccessGrantEnabled", client.remove("directAccessGrantsEnabled"));

        assertThat(KubeSchemas.validate(realmImport)).anyMatch(m -> m.contains("directAccessGrantEnabled"));
    }

    @Test
    void aMisspelledEndpointFieldInAServiceMonitorFails() {
        ObjectNode monitor = prod("ServiceMonitor", "intake-service");
        ObjectNode endpoint = (ObjectNode) monitor.path("spec").path("endpoints").get(0);
        endpoint.set("pathh", endpoint.remove("path"));

        assertThat(KubeSchemas.validate(monitor)).anyMatch(m -> m.contains("pathh"));
    }

    @Test
    void anApiVersionWithoutASchemaFails() {
        ObjectNode kafka = prod("Kafka", "telerehab-kafka");
        kafka.put("apiVersion", "kafka.strimzi.io/v1alpha7");

        List<String> errors = KubeSchemas.validate(kafka);
        assertThat(errors).singleElement().asString().contains("no schema for apiVersion kafka.strimzi.io/v1alpha7");
    }

    @Test
    void aBrokenManifestFileFailsToo() {
        // the same check the overlays get, on YAML text as an engineer would write it
        List<ObjectNode> objects = Manifests.parse("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata:
                  name: intake-service
                spec:
                  scaleTargetRef:
                    apiVersion: apps/v1
                    kind: Deployment
                    name: intake-service
                  minReplica: 2
                  maxReplicas: 6
                """);

        assertThat(KubeSchemas.validate(objects.get(0))).anyMatch(m -> m.contains("minReplica"));
    }
}
