package org.telerehab.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerehab.events.clinical.PatientDays;

/** Which figure of a log is a pain reading, and how a day's stored rollup reads back. */
class PainReadingTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void aCheckInsPainIsAReadingOfItsDate() {
        assertThat(CheckInFacts.of(DAY, 6, List.of()).painReading())
                .isEqualTo(new PainReading(DAY, 6, PainReading.Source.CHECK_IN));
    }

    @Test
    void aSessionsReadingIsItsPainBeforeOnThePatientsDay() {
        SessionFacts session = SessionFacts.of(PatientDays.of("America/Los_Angeles"),
                Instant.parse("2026-11-21T04:30:00Z"), 3, 7, 5); // 20:30 on the 20th in California

        assertThat(session.painReading()).isEqualTo(new PainReading(DAY, 3, PainReading.Source.SESSION_PAIN_BEFORE));
    }

    @Test
    void aPatientsDayIsOneRowIdentity() {
        UUID patient = UUID.randomUUID();
        DailyRollupRow.Key key = key(patient, DAY);

        assertThat(key).isEqualTo(key(patient, DAY)).hasSameHashCodeAs(key(patient, DAY));
        assertThat(key).isNotEqualTo(key(patient, DAY.plusDays(1)));
        assertThat(key).isNotEqualTo(key(UUID.randomUUID(), DAY));
        assertThat(key).isNotEqualTo(DAY);
    }

    private static DailyRollupRow.Key key(UUID patient, LocalDate day) {
        DailyRollupRow.Key key = new DailyRollupRow.Key();
        key.patientId = patient;
        key.day = day;
        return key;
    }
}
