package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A reminder always has a kind, a slot that starts with the kind, and a time; the planner refuses missing input. */
class ReminderTest {

    static final Instant TEN = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theSlotIsTheKindAndItsKey() {
        assertThat(Reminder.of(NotificationKind.SESSION_DUE, LocalDate.of(2026, 12, 7), TEN).slot())
                .isEqualTo("SESSION_DUE:2026-12-07");
    }

    @Test
    void aReminderWithoutKindSlotOrTimeIsRefused() {
        assertThatThrownBy(() -> new Reminder(null, "x", TEN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reminder(NotificationKind.SESSION_DUE, " ", TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reminder(NotificationKind.SESSION_DUE, null, TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reminder(NotificationKind.SESSION_DUE, "x", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePlannerRefusesMissingInput() {
        var schedule = ScheduleFixture.aPatient().build();
        var day = LocalDate.of(2026, 12, 7);

        assertThatThrownBy(() -> ReminderPlanner.planDay(null, day, QuietHours.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderPlanner.planDay(schedule, null, QuietHours.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderPlanner.planDay(schedule, day, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderPlanner.planBetween(schedule, TEN, null, QuietHours.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuietHours.DEFAULT.place(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueReminders.DEFAULT.decide(null, TEN, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
