package org.telerehab.events;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link BrokerAccess} applied to a broker that authorizes (the local platform's and the tests'; in the cluster the
 * Strimzi KafkaUsers of deploy/ say the same, checked by deploy-tests): topics created, one ACL per permission.
 */
public final class BrokerAcls {

    private BrokerAcls() {
    }

    /** The ACLs of one service: WRITE on what it writes, READ on what it reads, READ on its consumer groups. */
    public static List<AclBinding> of(BrokerAccess access) {
        String principal = "User:" + access.service();
        List<AclBinding> bindings = new ArrayList<>();
        access.writes().forEach(t -> bindings.add(allow(ResourceType.TOPIC, t, principal, AclOperation.WRITE)));
        access.reads().forEach(t -> bindings.add(allow(ResourceType.TOPIC, t, principal, AclOperation.READ)));
        access.groups().forEach(g -> bindings.add(allow(ResourceType.GROUP, g, principal, AclOperation.READ)));
        return bindings;
    }

    /** Creates the missing topics ({@link BrokerAccess#allTopics()}) and every service's ACLs; safe to repeat. */
    public static void apply(Admin admin, int partitions, short replicas)
            throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        List<NewTopic> missing = BrokerAccess.allTopics().stream().filter(t -> !existing.contains(t))
                .map(t -> new NewTopic(t, partitions, replicas)).toList();
        if (!missing.isEmpty()) {
            try {
                admin.createTopics(missing).all().get(20, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        List<AclBinding> bindings = new ArrayList<>();
        BrokerAccess.SERVICES.forEach(s -> bindings.addAll(of(s)));
        admin.createAcls(bindings).all().get(20, TimeUnit.SECONDS); // an ACL that exists is simply kept
    }

    /**
     * Client settings of a SCRAM-SHA-512 user over TLS, the broker's certificate checked against {@code caPem}: what
     * the services use in the cluster and on the local platform.
     */
    public static Map<String, String> scramClient(String user, String password, String caPem) {
        return Map.of(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL",
                SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512",
                SaslConfigs.SASL_JAAS_CONFIG, scramLogin(user, password),
                "ssl.truststore.type", "PEM",
                "ssl.truststore.location", caPem);
    }

    /** A SCRAM login module line. */
    public static String scramLogin(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /**
     * Client settings of a SASL/PLAIN user over TLS, the broker's certificate checked against {@code caPem}: the super
     * user of the local platform's and the tests' brokers. Never a service.
     */
    public static Map<String, String> plainClient(String user, String password, String caPem) {
        return Map.of(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL",
                SaslConfigs.SASL_MECHANISM, "PLAIN",
                SaslConfigs.SASL_JAAS_CONFIG, plainLogin(user, password, Map.of()),
                "ssl.truststore.type", "PEM",
                "ssl.truststore.location", caPem);
    }

    /**
     * A PLAIN login module line: the user and password a client (or the broker itself) logs in with, and for a
     * broker's listener every user it accepts.
     */
    public static String plainLogin(String user, String password, Map<String, String> acceptedUsers) {
        StringBuilder line = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required")
                .append(" username=\"").append(user).append("\" password=\"").append(password).append('"');
        acceptedUsers.forEach((name, secret) -> line.append(" user_").append(name).append("=\"").append(secret)
                .append('"'));
        return line.append(';').toString();
    }

    private static AclBinding allow(ResourceType type, String name, String principal, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }
}
