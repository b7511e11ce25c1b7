package org.telerehab.engagement.domain;

import org.junit.jupiter.api.Test;
import org.telerehab.events.clinical.PatientDays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the planner is given of a patient the service knows from events. */
class PatientRhythmTest {

    static final Instant ASSIGNED = Instant.parse("2027-01-03T00:00:00Z");

    static PatientRhythm onPlan() {
        PatientRhythm rhythm = new PatientRhythm();
        rhythm.patientId = UUID.randomUUID();
        rhythm.timeZone = "Australia/Brisbane";
        rhythm.planId = UUID.randomUUID();
        rhythm.planStart = LocalDate.of(2027, 1, 4);
        rhythm.sessionsPerWeek = 3;
        rhythm.microBreakEveryMinutes = 120;
        rhythm.planAssignedAt = ASSIGNED;
        return rhythm;
    }

    @Test
    void aRunningPlanIsRemindedOfInThePatientsZoneWithTheirLastReassessment() {
        PatientRhythm rhythm = onPlan();
        rhythm.lastReassessmentAt = ASSIGNED.plusSeconds(60);
        rhythm.lastActivityAt = ASSIGNED.plusSeconds(30);

        PatientSchedule schedule = rhythm.schedule(NotificationPreferences.DEFAULT);

        assertThat(rhythm.remindable()).isTrue();
        assertThat(schedule.planRunning()).isTrue();
        assertThat(schedule.days()).isEqualTo(new PatientDays(ZoneId.of("Australia/Brisbane")));
        assertThat(schedule.plan().planId()).isEqualTo(rhythm.planId);
        assertThat(schedule.plan().sessionsPerWeek()).isEqualTo(3);
        assertThat(schedule.plan().microBreakEveryMinutes()).isEqualTo(120);
        assertThat(schedule.plan().assignedAt()).isEqualTo(ASSIGNED);
        assertThat(schedule.lastActivity()).isEqualTo(rhythm.lastActivityAt);
        assertThat(schedule.reassessmentsCompleted()).containsExactly(rhythm.lastReassessmentAt);
    }

    @Test
    void aPausedADischargedOrNoPlanIsNotRemindedOf() {
        PatientRhythm paused = onPlan();
        paused.paused = true;
        assertThat(paused.remindable()).isFalse();
        assertThat(paused.schedule(NotificationPreferences.DEFAULT).planRunning()).isFalse();

        PatientRhythm discharged = onPlan();
        discharged.discharged = true;
        assertThat(discharged.remindable()).isFalse();
        assertThat(discharged.schedule(NotificationPreferences.DEFAULT).plan()).isNull();

        PatientRhythm none = new PatientRhythm();
        assertThat(none.remindable()).isFalse();
        assertThat(none.schedule(NotificationPreferences.DEFAULT).plan()).isNull();
        assertThat(none.schedule(NotificationPreferences.DEFAULT).reassessmentsCompleted()).isEmpty();
        assertThat(none.days()).as("zone not known yet").isEqualTo(PatientDays.UTC);
    }

    @Test
    void storedPreferencesReadBackAsTheySetAndWithoutWorkHours() {
        NotificationSettings settings = new NotificationSettings();
        NotificationPreferences working = NotificationPreferences.of(false, java.time.LocalTime.of(7, 30),
                java.time.LocalTime.of(8, 0), java.time.LocalTime.of(16, 0));
        settings.set(working, ASSIGNED);
        assertThat(settings.preferences()).isEqualTo(working);
        assertThat(settings.updatedAt).isEqualTo(ASSIGNED);

        NotificationPreferences none = NotificationPreferences.of(true, null, null, null);
        settings.set(none, ASSIGNED);
        assertThat(settings.workFrom).isNull();
        assertThat(settings.workTo).isNull();
        assertThat(settings.preferences()).isEqualTo(none);
    }

    @Test
    void aPlannedRowIsTheReminderItWasPlannedFromAndANotificationIsUnreadWhenMade() {
        PlannedReminder row = new PlannedReminder();
        row.kind = org.telerehab.events.codes.NotificationKind.SESSION_DUE;
        row.slot = "SESSION_DUE:2027-01-04";
        row.dueAt = ASSIGNED;
        assertThat(row.reminder()).isEqualTo(new Reminder(row.kind, row.slot, row.dueAt));

        UUID person = UUID.randomUUID();
        Notification n = Notification.of(person, row.kind, person, ASSIGNED);
        assertThat(n.id).isNotNull();
        assertThat(List.of(n.personId, n.aboutPatientId)).containsOnly(person);
        assertThat(n.kind).isEqualTo(row.kind);
        assertThat(n.createdAt).isEqualTo(ASSIGNED);
        assertThat(n.readAt).isNull();
    }
}
