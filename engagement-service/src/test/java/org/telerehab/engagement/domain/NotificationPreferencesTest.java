package org.telerehab.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.telerehab.engagement.domain.NotificationPreferences.WorkHours;

/** Preferences: defaults for what is missing, refusals naming the field. */
class NotificationPreferencesTest {

    static final LocalTime NINE = LocalTime.of(9, 0);

    @Test
    void missingValuesTakeTheirDefaults() {
        var preferences = NotificationPreferences.of(null, null, null, null);

        assertThat(preferences).isEqualTo(NotificationPreferences.DEFAULT);
        assertThat(preferences.email()).isTrue();
        assertThat(preferences.reminderTime()).isEqualTo(LocalTime.of(18, 0));
        assertThat(preferences.workHours()).isNull();
    }

    @Test
    void givenValuesAreKept() {
        var preferences = NotificationPreferences.of(false, LocalTime.of(7, 30), NINE, NINE.plusMinutes(1));

        assertThat(preferences).isEqualTo(new NotificationPreferences(false, LocalTime.of(7, 30),
                new WorkHours(NINE, LocalTime.of(9, 1))));
    }

    @Test
    void workHoursMustEndAfterTheyStart() {
        assertField(() -> NotificationPreferences.of(true, null, NINE, NINE), "workHours");
        assertField(() -> NotificationPreferences.of(true, null, NINE, NINE.minusMinutes(1)), "workHours");
    }

    @Test
    void oneEndOfTheWorkHoursAloneIsRefusedNamingTheOther() {
        assertField(() -> NotificationPreferences.of(true, null, null, NINE), "workHours.from");
        assertField(() -> NotificationPreferences.of(true, null, NINE, null), "workHours.to");
    }

    @Test
    void aReminderTimeIsRequiredOnceBuilt() {
        assertField(() -> new NotificationPreferences(true, null, null), "reminderTime");
    }

    private static void assertField(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidPreferencesException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
