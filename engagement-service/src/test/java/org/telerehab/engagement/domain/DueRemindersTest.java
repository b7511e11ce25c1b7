package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.telerehab.engagement.domain.DueReminders.Decision.SEND;
import static org.telerehab.engagement.domain.DueReminders.Decision.SKIP;
import static org.telerehab.engagement.domain.DueReminders.Decision.WAIT;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.telerehab.engagement.domain.DueReminders.Decision;
import org.telerehab.events.clinical.PatientDays;

/** The catch-up rule: what is still worth sending late, at the edges of each window. */
class DueRemindersTest {

    static final PatientDays PACIFIC = PatientDays.of("America/Los_Angeles");
    static final Instant TEN = Instant.parse("2026-12-07T10:00:00Z");

    @ParameterizedTest(name = "micro-break at 10:00, now {0} -> {1}")
    @CsvSource({"09:59:59, WAIT", "10:00:00, SEND", "10:14:59, SEND", "10:15:00, SEND", "10:15:01, SKIP"})
    void aMicroBreakWithinFifteenMinutes(String now, Decision decision) {
        var reminder = new Reminder(NotificationKind.MICRO_BREAK, "MICRO_BREAK:2026-12-07T02:00", TEN);

        assertThat(DueReminders.DEFAULT.decide(reminder, Instant.parse("2026-12-07T" + now + "Z"), PACIFIC))
                .isEqualTo(decision);
    }

    @ParameterizedTest(name = "{0} due 18:00 PST, now {1} -> {2}")
    @CsvSource({"SESSION_DUE, 2026-12-08T07:59:59Z, SEND", "SESSION_DUE, 2026-12-08T08:00:00Z, SKIP",
            "REASSESSMENT_DUE, 2026-12-08T07:59:59Z, SEND", "REASSESSMENT_DUE, 2026-12-08T08:00:00Z, SKIP",
            "SESSION_DUE, 2026-12-08T01:59:59Z, WAIT"})
    void aSessionOrReassessmentOnThePatientsDay(NotificationKind kind, Instant now, Decision decision) {
        var reminder = new Reminder(kind, kind + ":2026-12-07", Instant.parse("2026-12-08T02:00:00Z"));

        assertThat(DueReminders.DEFAULT.decide(reminder, now, PACIFIC)).isEqualTo(decision);
    }

    @Test
    void theNudgeWithinTwelveHours() {
        var reminder = new Reminder(NotificationKind.NOTHING_LOGGED, "NOTHING_LOGGED:2026-12-05T10:00:00Z", TEN);

        assertThat(DueReminders.DEFAULT.decide(reminder, TEN.plus(Duration.ofHours(12)), PACIFIC)).isEqualTo(SEND);
        assertThat(DueReminders.DEFAULT.decide(reminder, TEN.plus(Duration.ofHours(12)).plusSeconds(1), PACIFIC))
                .isEqualTo(SKIP);
    }

    @ParameterizedTest
    @EnumSource(value = NotificationKind.class, names = {"NEW_MESSAGE", "RED_FLAG_ALERT", "ALERT_DIGEST"})
    void therapistNotificationsAreNeverSkipped(NotificationKind kind) {
        var reminder = new Reminder(kind, kind + ":x", TEN);

        assertThat(DueReminders.DEFAULT.decide(reminder, TEN.plus(Duration.ofDays(7)), PACIFIC)).isEqualTo(SEND);
        assertThat(DueReminders.DEFAULT.decide(reminder, TEN.minusSeconds(1), PACIFIC)).isEqualTo(WAIT);
    }

    @Test
    void theWindowsAreConfigurable() {
        var longer = new DueReminders(Duration.ofMinutes(30), Duration.ofHours(1));
        var microBreak = new Reminder(NotificationKind.MICRO_BREAK, "MICRO_BREAK:2026-12-07T02:00", TEN);
        var nudge = new Reminder(NotificationKind.NOTHING_LOGGED, "NOTHING_LOGGED:2026-12-05T10:00:00Z", TEN);

        assertThat(longer.decide(microBreak, TEN.plus(Duration.ofMinutes(30)), PACIFIC)).isEqualTo(SEND);
        assertThat(longer.decide(nudge, TEN.plus(Duration.ofMinutes(61)), PACIFIC)).isEqualTo(SKIP);
        assertThatThrownBy(() -> new DueReminders(Duration.ofMinutes(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DueReminders(null, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
