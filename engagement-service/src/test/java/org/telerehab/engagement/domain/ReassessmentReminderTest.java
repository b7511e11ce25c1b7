package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.events.codes.NotificationKind.REASSESSMENT_DUE;
import static org.telerehab.engagement.domain.ScheduleFixture.MONDAY;
import static org.telerehab.engagement.domain.ScheduleFixture.PLAN_START;
import static org.telerehab.engagement.domain.ScheduleFixture.aPatient;
import static org.telerehab.engagement.domain.ScheduleFixture.only;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** REASSESSMENT_DUE: the first day of each re-assessment week, unless one was completed since that day began. */
class ReassessmentReminderTest {

    @Test
    void dueOnTheFirstDayOfWeeksTwoSixAndTwelve() {
        var schedule = aPatient().build();

        var thirteenWeeks = only(REASSESSMENT_DUE, ReminderPlanner.planBetween(schedule,
                Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2027-03-01T00:00:00Z"), QuietHours.DEFAULT));

        assertThat(thirteenWeeks).containsExactly(
                new Reminder(REASSESSMENT_DUE, "REASSESSMENT_DUE:2026-12-07", Instant.parse("2026-12-07T18:00:00Z")),
                new Reminder(REASSESSMENT_DUE, "REASSESSMENT_DUE:2027-01-04", Instant.parse("2027-01-04T18:00:00Z")),
                new Reminder(REASSESSMENT_DUE, "REASSESSMENT_DUE:2027-02-15", Instant.parse("2027-02-15T18:00:00Z")));
    }

    @Test
    void thePlansOwnWeeks() {
        var schedule = aPatient().reassessmentWeeks(4).build();

        assertThat(ScheduleFixture.planDays(REASSESSMENT_DUE, schedule, PLAN_START, 13 * 7))
                .extracting(Reminder::slot).containsExactly("REASSESSMENT_DUE:2026-12-21");
    }

    @Test
    void notWhenOneWasCompletedSinceThatDayBegan() {
        var doneThatMorning = aPatient().reassessedAt(Instant.parse("2026-12-07T00:00:00Z")).build();
        var doneTheDayBefore = aPatient().reassessedAt(Instant.parse("2026-12-06T23:59:59Z")).build();

        assertThat(dueOn(doneThatMorning, MONDAY)).isEmpty();
        assertThat(dueOn(doneTheDayBefore, MONDAY)).hasSize(1);
    }

    @Test
    void thatDayIsThePatientsOwn() {
        var pacific = aPatient().in("America/Los_Angeles");

        assertThat(dueOn(pacific.reassessedAt(Instant.parse("2026-12-07T07:59:59Z")).build(), MONDAY))
                .extracting(Reminder::dueAt).containsExactly(Instant.parse("2026-12-08T02:00:00Z"));
        assertThat(dueOn(aPatient().in("America/Los_Angeles").reassessedAt(Instant.parse("2026-12-07T08:00:00Z"))
                .build(), MONDAY)).isEmpty();
    }

    private static List<Reminder> dueOn(PatientSchedule schedule, LocalDate day) {
        return only(REASSESSMENT_DUE, ReminderPlanner.planDay(schedule, day, QuietHours.DEFAULT));
    }
}
