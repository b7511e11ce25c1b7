package org.telerehab.events;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrokerAccessTest {

    @Test
    void everyContractTopicHasExactlyOneWriterAndOnlyProgramServiceWritesCareEvents() {
        for (String topic : Topics.ALL) {
            assertThat(BrokerAccess.SERVICES.stream().filter(s -> s.writes().contains(topic)).map(BrokerAccess::service))
                    .as(topic).hasSize(1);
        }
        assertThat(BrokerAccess.SERVICES.stream().filter(s -> s.writes().contains(Topics.PROGRAM_CARE)))
                .containsExactly(BrokerAccess.PROGRAM);
    }

    @Test
    void aServiceReadsOnlyWhatItConsumesAndItsOwnDeadLetters() {
        assertThat(BrokerAccess.INTAKE.reads()).containsExactlyInAnyOrder(Topics.PROGRAM_CARE,
                Topics.REGISTRY_PATIENTS, "dead-letter-topic-intake-service-program-care",
                "dead-letter-topic-intake-service-registry-patients");
        assertThat(BrokerAccess.INTAKE.writes()).containsExactlyInAnyOrder(Topics.INTAKE_SCREENINGS,
                "dead-letter-topic-intake-service-program-care", "dead-letter-topic-intake-service-registry-patients");
        assertThat(BrokerAccess.INTAKE.groups()).containsExactlyInAnyOrder("intake-service",
                "intake-service-dead-letter-replay");
    }

    @Test
    void engagementServiceReadsWhatItRemindsOfAndWritesOnlyTheNotificationsToMail() {
        assertThat(BrokerAccess.ENGAGEMENT.produces()).containsExactly(Topics.ENGAGEMENT_NOTIFICATIONS);
        assertThat(BrokerAccess.ENGAGEMENT.consumes().values()).containsExactlyInAnyOrder(Topics.PROGRAM_CARE,
                Topics.INTAKE_SCREENINGS, Topics.PROGRESS_ALERTS, Topics.PROGRESS_ACTIVITY, Topics.REGISTRY_PATIENTS);
        assertThat(BrokerAccess.ENGAGEMENT.deadLetterTopics())
                .allMatch(t -> t.startsWith("dead-letter-topic-engagement-service-")).hasSize(5);
        assertThat(BrokerAccess.REGISTRY.consumes()).containsEntry("engagement-notifications",
                Topics.ENGAGEMENT_NOTIFICATIONS);
    }

    @Test
    void deadLetterTopicsBelongToOneServiceEach() {
        List<String> all = new ArrayList<>();
        BrokerAccess.SERVICES.forEach(s -> all.addAll(s.deadLetterTopics()));
        assertThat(all).doesNotHaveDuplicates().hasSize(16);
        assertThat(BrokerAccess.allTopics()).containsAll(all).containsAll(Topics.ALL).hasSize(23);
        assertThatThrownBy(() -> BrokerAccess.INTAKE.deadLetterTopic("progress-alerts"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
