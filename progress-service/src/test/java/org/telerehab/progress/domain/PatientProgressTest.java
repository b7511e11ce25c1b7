package org.telerehab.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerehab.events.clinical.PatientDays;

/** What the progress read and the session check take from a patient's projection row. */
class PatientProgressTest {

    static final UUID PATIENT = UUID.fromString("11111111-1111-1111-1111-111111111111");
    static final UUID EXERCISE = UUID.fromString("5eed0e00-0000-0000-0000-000000000001");

    @Test
    void aPatientNothingIsKnownOfHasNoPlanNoExercisesAndNoFigures() {
        PatientProgress progress = PatientProgress.empty(PATIENT);

        assertThat(progress.patientId).isEqualTo(PATIENT);
        assertThat(progress.hasActivePlan()).isFalse();
        assertThat(progress.planExercises()).isEmpty();
        assertThat(progress.toSummary()).isEqualTo(new PatientSummary(null, null, null, null, 0, null));
        assertThat(progress.days()).as("days in UTC until registry-service tells the zone").isEqualTo(PatientDays.UTC);
        progress.timeZone = "Australia/Brisbane";
        assertThat(progress.days()).isEqualTo(PatientDays.of("Australia/Brisbane"));
    }

    @Test
    void onlyAnActivePlanTakesSessions() {
        PatientProgress progress = withPlan(PatientProgress.ACTIVE);
        assertThat(progress.hasActivePlan()).isTrue();

        progress.planStatus = PatientProgress.PAUSED;
        assertThat(progress.hasActivePlan()).isFalse();
    }

    @Test
    void thePlanExercisesAreTheStoredOnesAndNoneWhenNothingWasStored() {
        PatientProgress progress = withPlan(PatientProgress.ACTIVE);
        assertThat(progress.planExercises()).containsExactly(EXERCISE);

        progress.planExerciseIds = null;
        assertThat(progress.planExercises()).isEmpty();
    }

    @Test
    void theSummaryCarriesEveryFigureOfAPlanWithRhythmAndStart() {
        PatientProgress progress = withPlan(PatientProgress.ACTIVE);

        assertThat(progress.toSummary()).isEqualTo(new PatientSummary(5, 3, LocalDate.of(2026, 11, 1), 4, 7,
                Instant.parse("2026-11-20T08:00:00Z")));
    }

    @Test
    void aPlanMissingItsRhythmOrItsStartCountsAsNoPlan() {
        PatientProgress noRhythm = withPlan(PatientProgress.ACTIVE);
        noRhythm.sessionsPerWeek = null;
        PatientProgress noStart = withPlan(PatientProgress.ACTIVE);
        noStart.planStartDate = null;

        for (PatientProgress progress : List.of(noRhythm, noStart)) {
            PatientSummary summary = progress.toSummary();
            assertThat(summary.sessionsPerWeek()).isNull();
            assertThat(summary.planStartDate()).isNull();
            assertThat(summary.baselinePain()).isEqualTo(5);
        }
    }

    @Test
    void aStoredPainOutsideTheScaleIsRefusedNotAveraged() {
        PatientProgress progress = withPlan(PatientProgress.ACTIVE);
        progress.latestPain = 11;
        assertThatThrownBy(progress::toSummary).hasMessageContaining("latestPain");

        progress.latestPain = 4;
        progress.baselinePain = -1;
        assertThatThrownBy(progress::toSummary).hasMessageContaining("baselinePain");
    }

    private static PatientProgress withPlan(String status) {
        PatientProgress progress = PatientProgress.empty(PATIENT);
        progress.baselinePain = 5;
        progress.planId = UUID.randomUUID();
        progress.planVersion = 1;
        progress.planStatus = status;
        progress.planStartDate = LocalDate.of(2026, 11, 1);
        progress.sessionsPerWeek = 3;
        progress.planExerciseIds = List.of(EXERCISE);
        progress.latestPain = 4;
        progress.sessionsLogged = 7;
        progress.lastSessionAt = Instant.parse("2026-11-20T08:00:00Z");
        return progress;
    }
}
