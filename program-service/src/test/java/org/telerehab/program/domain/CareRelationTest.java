package org.telerehab.program.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A hand-over changes the carer and the start of their care; one to the carer themself changes nothing. */
class CareRelationTest {

    private static final Instant TAKEN = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant LATER = TAKEN.plusSeconds(3600);
    private final UUID patient = UUID.randomUUID();
    private final UUID therapist = UUID.randomUUID();

    @Test
    void aHandOverToAColleagueStartsTheirCareNow() {
        UUID colleague = UUID.randomUUID();
        CareRelation relation = new CareRelation(patient, therapist, TAKEN);

        assertThat(relation.handTo(colleague, LATER)).isTrue();

        assertThat(relation.therapistId).isEqualTo(colleague);
        assertThat(relation.since).isEqualTo(LATER);
    }

    @Test
    void aHandOverToTheCarerThemselfKeepsTheirCareAsItWas() {
        CareRelation relation = new CareRelation(patient, therapist, TAKEN);

        assertThat(relation.handTo(therapist, LATER)).isFalse();

        assertThat(relation.therapistId).isEqualTo(therapist);
        assertThat(relation.since).as("their care did not start again").isEqualTo(TAKEN);
    }
}
