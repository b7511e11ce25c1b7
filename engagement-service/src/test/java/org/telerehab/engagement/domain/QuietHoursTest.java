package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Quiet hours: from inclusive to exclusive, wrapping midnight or not; held to their end, or dropped. */
class QuietHoursTest {

    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @ParameterizedTest(name = "{0} quiet: {1}")
    @CsvSource({"20:59, false", "21:00, true", "23:59, true", "00:00, true", "07:59, true", "08:00, false",
            "12:00, false"})
    void theDefaultWrapsMidnight(LocalTime time, boolean quiet) {
        assertThat(QuietHours.DEFAULT.wrapsMidnight()).isTrue();
        assertThat(QuietHours.DEFAULT.contains(time)).isEqualTo(quiet);
    }

    @ParameterizedTest(name = "{0} quiet: {1}")
    @CsvSource({"00:59, false", "01:00, true", "05:59, true", "06:00, false", "23:00, false"})
    void hoursWithinOneNightDoNotWrap(LocalTime time, boolean quiet) {
        var hours = new QuietHours(LocalTime.of(1, 0), LocalTime.of(6, 0));

        assertThat(hours.wrapsMidnight()).isFalse();
        assertThat(hours.contains(time)).isEqualTo(quiet);
    }

    @ParameterizedTest
    @EnumSource(value = NotificationKind.class, names = {"SESSION_DUE", "REASSESSMENT_DUE", "NOTHING_LOGGED",
            "NEW_MESSAGE", "ALERT_DIGEST"})
    void anEveningReminderIsHeldToTheNextMorningAnEarlyOneToThatMorning(NotificationKind kind) {
        assertThat(QuietHours.DEFAULT.place(kind, at(7, 21, 0))).contains(at(8, 8, 0));
        assertThat(QuietHours.DEFAULT.place(kind, at(8, 0, 0))).contains(at(8, 8, 0));
        assertThat(QuietHours.DEFAULT.place(kind, at(8, 7, 59))).contains(at(8, 8, 0));
        assertThat(new QuietHours(LocalTime.of(1, 0), LocalTime.of(6, 0)).place(kind, at(8, 2, 0)))
                .contains(at(8, 6, 0));
    }

    @Test
    void outsideNothingMoves() {
        assertThat(QuietHours.DEFAULT.place(NotificationKind.SESSION_DUE, at(7, 20, 59))).contains(at(7, 20, 59));
        assertThat(QuietHours.DEFAULT.place(NotificationKind.MICRO_BREAK, at(7, 8, 0))).contains(at(7, 8, 0));
    }

    @Test
    void aMicroBreakInsideIsDroppedAndARedFlagAlertIsNeverHeld() {
        assertThat(QuietHours.DEFAULT.place(NotificationKind.MICRO_BREAK, at(7, 21, 0))).isEmpty();
        assertThat(QuietHours.DEFAULT.place(NotificationKind.RED_FLAG_ALERT, at(7, 23, 30))).contains(at(7, 23, 30));
    }

    @Test
    void hoursThatStartWhenTheyEndAreRefused() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.of(8, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuietHours(null, LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ZonedDateTime at(int december, int hour, int minute) {
        return ZonedDateTime.of(2026, 12, december, hour, minute, 0, 0, LOS_ANGELES);
    }
}
