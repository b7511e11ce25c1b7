package org.telerehab.events.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientDaysTest {

    @ParameterizedTest(name = "{1} in {0} -> {2}")
    @CsvSource({
            // a patient in California (UTC-8 in November) who trains at 20:00 trains that day, not tomorrow
            "America/Los_Angeles, 2026-11-21T04:00:00Z,     2026-11-20",
            "America/Los_Angeles, 2026-11-21T07:59:59.999Z, 2026-11-20",
            "America/Los_Angeles, 2026-11-21T08:00:00Z,     2026-11-21",
            // a patient in Brisbane (UTC+10) is a day ahead of UTC in their morning
            "Australia/Brisbane,  2026-11-20T13:59:59.999Z, 2026-11-20",
            "Australia/Brisbane,  2026-11-20T14:00:00Z,     2026-11-21",
            "UTC,                 2026-11-20T23:59:59.999Z, 2026-11-20",
            "UTC,                 2026-11-21T00:00:00Z,     2026-11-21",
    })
    void anInstantFallsOnThePatientsOwnDay(String zone, Instant instant, LocalDate day) {
        PatientDays days = PatientDays.of(zone);
        assertThat(days.dayOf(instant)).isEqualTo(day);
        assertThat(days.startOf(day)).isBeforeOrEqualTo(instant);
        assertThat(days.startOf(day.plusDays(1))).isAfter(instant);
    }

    @Test
    void aDayBeginsAtThePatientsMidnight() {
        assertThat(PatientDays.of("America/Los_Angeles").startOf(LocalDate.of(2026, 11, 20)))
                .isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(PatientDays.of("Australia/Brisbane").startOf(LocalDate.of(2026, 11, 20)))
                .isEqualTo(Instant.parse("2026-11-19T14:00:00Z"));
    }

    @Test
    void anUnknownZoneCountsInUtc() {
        assertThat(PatientDays.of(null)).isEqualTo(PatientDays.UTC);
        assertThat(PatientDays.of(" ")).isEqualTo(PatientDays.UTC);
        assertThat(PatientDays.of("Mars/Olympus_Mons")).isEqualTo(PatientDays.UTC);
        assertThat(PatientDays.UTC.zone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void rejectsMissingInput() {
        assertThatThrownBy(() -> new PatientDays(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PatientDays.UTC.dayOf(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PatientDays.UTC.startOf(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
