package org.telerehab.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each service may do on the broker, the one home of the Kafka ACLs: a service writes only its own topic and
 * its channels' dead-letter topics, reads only what it consumes, and joins only its own consumer groups. Taking a
 * patient into care is an event on {@link Topics#PROGRAM_CARE} that grants access in the other services, so only
 * program-service may write it. The principal is the service's name (its SCRAM user in the cluster, on the local
 * platform and in the tests).
 *
 * @param service  the service's name and Kafka principal ({@code User:<service>})
 * @param produces the contract topics its outbox relay writes
 * @param consumes its incoming channels and the topic each one reads
 */
public record BrokerAccess(String service, Set<String> produces, Map<String, String> consumes) {

    public static final BrokerAccess INTAKE = new BrokerAccess("intake-service",
            Set.of(Topics.INTAKE_SCREENINGS), Map.of("program-care", Topics.PROGRAM_CARE,
                    "registry-patients", Topics.REGISTRY_PATIENTS));
    public static final BrokerAccess PROGRAM = new BrokerAccess("program-service",
            Set.of(Topics.PROGRAM_CARE),
            Map.of("intake-screenings", Topics.INTAKE_SCREENINGS, "progress-alerts", Topics.PROGRESS_ALERTS,
                    "registry-patients", Topics.REGISTRY_PATIENTS,
                    "registry-therapists", Topics.REGISTRY_THERAPISTS));
    public static final BrokerAccess PROGRESS = new BrokerAccess("progress-service",
            Set.of(Topics.PROGRESS_ALERTS, Topics.PROGRESS_ACTIVITY),
            Map.of("program-care", Topics.PROGRAM_CARE, "intake-screenings", Topics.INTAKE_SCREENINGS,
                    "registry-patients", Topics.REGISTRY_PATIENTS));

    /**
     * Names live here only; it learns from program-service who cares for whom (its therapists' access rule), and
     * mails the notifications engagement-service raises (it alone knows the addresses).
     */
    public static final BrokerAccess REGISTRY = new BrokerAccess("registry-service",
            Set.of(Topics.REGISTRY_PATIENTS, Topics.REGISTRY_THERAPISTS),
            Map.of("program-care", Topics.PROGRAM_CARE, "engagement-notifications", Topics.ENGAGEMENT_NOTIFICATIONS));

    /**
     * Reminders and notifications (added in 1.1): it learns everything it reminds of from events, and announces only
     * the notifications to mail (ids and codes; messages between patient and therapist never leave its database).
     */
    public static final BrokerAccess ENGAGEMENT = new BrokerAccess("engagement-service",
            Set.of(Topics.ENGAGEMENT_NOTIFICATIONS),
            Map.of("program-care", Topics.PROGRAM_CARE, "intake-screenings", Topics.INTAKE_SCREENINGS,
                    "progress-alerts", Topics.PROGRESS_ALERTS, "progress-activity", Topics.PROGRESS_ACTIVITY,
                    "registry-patients", Topics.REGISTRY_PATIENTS));

    public static final List<BrokerAccess> SERVICES = List.of(INTAKE, PROGRAM, PROGRESS, REGISTRY, ENGAGEMENT);

    public BrokerAccess {
        produces = Set.copyOf(produces);
        consumes = Map.copyOf(consumes);
    }

    /**
     * The dead-letter topic of one of its channels: a topic of its own, so that a replay (which applies the records in
     * the service) never applies what another service wrote.
     */
    public String deadLetterTopic(String channel) {
        if (!consumes.containsKey(channel)) {
            throw new IllegalArgumentException(service + " has no channel " + channel);
        }
        return "dead-letter-topic-" + service + "-" + channel;
    }

    public Set<String> deadLetterTopics() {
        Set<String> topics = new TreeSet<>();
        consumes.keySet().forEach(channel -> topics.add(deadLetterTopic(channel)));
        return topics;
    }

    /** Topics it may write: its own, and its dead-letter topics (SmallRye's dead-letter strategy writes them). */
    public Set<String> writes() {
        Set<String> topics = new TreeSet<>(produces);
        topics.addAll(deadLetterTopics());
        return topics;
    }

    /** Topics it may read: what it consumes, and its dead-letter topics (read by a replay). */
    public Set<String> reads() {
        Set<String> topics = new TreeSet<>(consumes.values());
        topics.addAll(deadLetterTopics());
        return topics;
    }

    /** Consumer groups it may join: its channels' group and its dead-letter replay's. */
    public Set<String> groups() {
        return Set.of(service, replayGroup());
    }

    public String replayGroup() {
        return replayGroup(service);
    }

    /** The consumer group in which a service's dead-letter replay remembers what it replayed. */
    public static String replayGroup(String service) {
        return service + "-dead-letter-replay";
    }

    /** Every topic a broker must have before the services start: the contract's and every dead-letter topic. */
    public static Set<String> allTopics() {
        Set<String> topics = new TreeSet<>(Topics.ALL);
        SERVICES.forEach(s -> topics.addAll(s.deadLetterTopics()));
        return topics;
    }

    public static BrokerAccess of(String service) {
        return SERVICES.stream().filter(s -> s.service.equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no broker access for " + service));
    }
}
