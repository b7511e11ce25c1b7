package org.telerehab.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.deploy.Manifests.configMapOf;
import static org.telerehab.deploy.Manifests.get;
import static org.telerehab.deploy.Manifests.ofKind;

/**
 * Passwords, codes and tokens never cross the pod network in clear: Keycloak serves only TLS inside the cluster, and
 * the ingress controller, the services and the portal check its certificate against the internal CA.
 */
class KeycloakTlsTest {

    private static final String APPS_KEYCLOAK_CA = "/etc/telerehab/keycloak-ca";

    static Stream<String> overlays() {
        return Manifests.overlays().stream();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void keycloakServesOnlyTls(String overlay) {
        JsonNode http = ofKind(Manifests.render(overlay), "Keycloak").get(0).path("spec").path("http");
        assertThat(http.path("httpEnabled").asBoolean(true)).as(overlay + " plain http off").isFalse();
        assertThat(http.path("tlsSecret").asText()).isEqualTo("keycloak-internal-tls");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyAppReachesKeycloakOverTlsAndChecksTheInternalCa(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        int port = ofKind(objects, "Keycloak").get(0).path("spec").path("http").path("httpsPort").asInt();
        for (String app : List.of("intake-service", "program-service", "progress-service", "registry-service",
                "engagement-service", "portal")) {
            ObjectNode deployment = get(objects, "Deployment", app);
            Map<String, String> env = configMapOf(objects, deployment);
            String url = env.getOrDefault("QUARKUS_OIDC_AUTH_SERVER_URL", env.get("TELEREHAB_KEYCLOAK_URL"));
            assertThat(url).as(overlay + " " + app).isEqualTo("https://keycloak-service:" + port + "/realms/telerehab");
            // OIDC uses a named TLS configuration (the default one only ever for trust-all: found by PortalBehindTlsIT)
            assertThat(env.get("QUARKUS_OIDC_TLS_TLS_CONFIGURATION_NAME")).as(overlay + " " + app).isEqualTo("keycloak");
            assertThat(env.get("QUARKUS_TLS_KEYCLOAK_TRUST_STORE_PEM_CERTS")).as(overlay + " " + app)
                    .isEqualTo(APPS_KEYCLOAK_CA + "/ca.crt");
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertThat(pod.path("containers").get(0).path("volumeMounts").findValuesAsText("mountPath"))
                    .as(overlay + " " + app).contains(APPS_KEYCLOAK_CA);
            assertThat(pod.path("volumes").findValuesAsText("secretName")).contains("keycloak-internal-tls");
        }
        // registry-service's Admin REST API calls (accounts of invited people) go the same way
        Map<String, String> registry = configMapOf(objects, get(objects, "Deployment", "registry-service"));
        assertThat(registry.get("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL")).as(overlay + " registry admin client")
                .isEqualTo("https://keycloak-service:" + port);
        assertThat(registry.get("QUARKUS_KEYCLOAK_ADMIN_CLIENT_TLS_CONFIGURATION_NAME")).isEqualTo("keycloak");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theIngressReEncryptsToKeycloakAndChecksItsCertificate(String overlay) {
        for (ObjectNode ingress : ofKind(Manifests.render(overlay), "Ingress")) {
            boolean toKeycloak = ingress.path("spec").path("rules").findValuesAsText("name").contains("keycloak-service");
            JsonNode annotations = ingress.path("metadata").path("annotations");
            if (toKeycloak) {
                assertThat(ingress.path("spec").path("rules").findValuesAsText("name")).as("Keycloak's Ingress only")
                        .containsOnly("keycloak-service");
                assertThat(annotations.path("nginx.ingress.kubernetes.io/backend-protocol").asText()).isEqualTo("HTTPS");
                assertThat(annotations.path("nginx.ingress.kubernetes.io/proxy-ssl-verify").asText()).isEqualTo("on");
                assertThat(annotations.path("nginx.ingress.kubernetes.io/proxy-ssl-secret").asText())
                        .isEqualTo(ingress.path("metadata").path("namespace").asText() + "/keycloak-internal-tls");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void keycloakChecksItsDatabasesCertificateWithOnlyTheCaCertificateMounted(String overlay) {
        JsonNode spec = ofKind(Manifests.render(overlay), "Keycloak").get(0).path("spec");
        String url = spec.path("db").path("url").asText();
        assertThat(url).as(overlay).startsWith("jdbc:postgresql://keycloak-db-rw:5432/keycloak?")
                .contains("sslmode=verify-full").contains("sslrootcert=/etc/telerehab/db-ca/ca.crt");
        JsonNode pod = spec.path("unsupported").path("podTemplate").path("spec");
        assertThat(pod.path("containers").get(0).path("volumeMounts").findValuesAsText("mountPath"))
                .contains("/etc/telerehab/db-ca");
        JsonNode volume = pod.path("volumes").get(0);
        assertThat(volume.path("secret").path("secretName").asText()).isEqualTo("keycloak-db-ca");
        assertThat(volume.path("secret").path("items").findValuesAsText("key")).as("never the CA's key")
                .containsExactly("ca.crt");
    }
}
