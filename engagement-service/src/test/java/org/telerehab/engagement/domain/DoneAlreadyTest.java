package org.telerehab.engagement.domain;

import org.junit.jupiter.api.Test;
import org.telerehab.events.clinical.PatientDays;
import org.telerehab.events.codes.NotificationKind;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DoneAlreadyTest {

    static final PatientDays CALIFORNIA = new PatientDays(ZoneId.of("America/Los_Angeles"));
    // Monday 18:00 in California
    static final Reminder MONDAY_SESSION = new Reminder(NotificationKind.SESSION_DUE, "SESSION_DUE:2027-01-04",
            Instant.parse("2027-01-05T02:00:00Z"));

    @Test
    void aSessionLoggedOnThePatientsDayBeforeOrAfterTheReminderTimeMakesItDone() {
        assertThat(DoneAlready.done(MONDAY_SESSION, Instant.parse("2027-01-04T08:00:00Z"), CALIFORNIA))
                .as("00:00 Monday in California").isTrue();
        assertThat(DoneAlready.done(MONDAY_SESSION, Instant.parse("2027-01-05T07:59:59Z"), CALIFORNIA))
                .as("23:59:59 Monday in California, after the reminder's time").isTrue();
    }

    @Test
    void aSessionOnAnotherOfThePatientsDaysDoesNotEvenWhenItIsTheSameUtcDay() {
        assertThat(DoneAlready.done(MONDAY_SESSION, Instant.parse("2027-01-04T07:59:59Z"), CALIFORNIA))
                .as("23:59:59 Sunday in California, Monday in UTC").isFalse();
        assertThat(DoneAlready.done(MONDAY_SESSION, Instant.parse("2027-01-05T08:00:00Z"), CALIFORNIA))
                .as("Tuesday in California").isFalse();
        assertThat(DoneAlready.done(MONDAY_SESSION, null, CALIFORNIA)).as("never logged").isFalse();
    }

    @Test
    void onlyASessionReminderIsDoneByASession() {
        Reminder nudge = new Reminder(NotificationKind.NOTHING_LOGGED, "NOTHING_LOGGED:x", MONDAY_SESSION.dueAt());
        Reminder reassessment = new Reminder(NotificationKind.REASSESSMENT_DUE, "REASSESSMENT_DUE:2027-01-04",
                MONDAY_SESSION.dueAt());
        Instant sameDay = Instant.parse("2027-01-04T20:00:00Z");
        assertThat(DoneAlready.done(nudge, sameDay, CALIFORNIA)).isFalse();
        assertThat(DoneAlready.done(reassessment, sameDay, CALIFORNIA)).isFalse();
    }
}
