package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestScheduleTest {

    static final DigestSchedule MADRID_AT_EIGHT = new DigestSchedule(ZoneId.of("Europe/Madrid"), LocalTime.of(8, 0));

    @Test
    void beforeItsTimeTodaysDigestIsNextAndFromItsTimeTomorrows() {
        Reminder beforeEight = MADRID_AT_EIGHT.next(Instant.parse("2027-01-05T06:59:59Z")); // 07:59:59 in Madrid
        assertThat(beforeEight.slot()).isEqualTo("ALERT_DIGEST:2027-01-05");
        assertThat(beforeEight.dueAt()).isEqualTo(Instant.parse("2027-01-05T07:00:00Z"));

        Reminder atEight = MADRID_AT_EIGHT.next(Instant.parse("2027-01-05T07:00:00Z"));
        assertThat(atEight.slot()).isEqualTo("ALERT_DIGEST:2027-01-06");
        assertThat(atEight.dueAt()).isEqualTo(Instant.parse("2027-01-06T07:00:00Z"));
        assertThat(atEight.kind()).isEqualTo(NotificationKind.ALERT_DIGEST);
    }

    @Test
    void theClinicsDayDecidesNotUtcs() {
        // 23:30Z on the 5th is 00:30 on the 6th in Madrid: the 6th's digest, at 08:00 there
        assertThat(MADRID_AT_EIGHT.next(Instant.parse("2027-01-05T23:30:00Z")).slot())
                .isEqualTo("ALERT_DIGEST:2027-01-06");
    }

    @Test
    void aZoneAndATimeAreNeeded() {
        assertThatThrownBy(() -> new DigestSchedule(null, LocalTime.NOON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DigestSchedule(ZoneId.of("UTC"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
