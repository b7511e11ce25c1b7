package org.telerehab.events.clinical;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A patient's own calendar days: every day a rule counts (a session's day, "today", the 7- and 28-day windows, the
 * days without a session) is a day in the patient's time zone, so a patient in California who trains at 20:00 logs on
 * that day, not on tomorrow's UTC date. The zone comes from registry-service (PatientEnrolled,
 * PatientPreferencesChanged); UTC while it is unknown. progress-service counts sessions, figures and alerts in these
 * days, intake-service the weeks a re-assessment is due in.
 *
 * @param zone the patient's time zone
 */
public record PatientDays(ZoneId zone) {

    /** The days of a patient whose time zone is not known (yet). */
    public static final PatientDays UTC = new PatientDays(ZoneOffset.UTC);

    public PatientDays {
        if (zone == null) {
            throw new IllegalArgumentException("zone must not be null");
        }
    }

    /**
     * The days of an IANA zone as registry-service sends it; UTC when none is known or this JVM does not know the zone
     * (registry-service checks it, but a newer zone may reach an older JVM).
     */
    public static PatientDays of(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return UTC;
        }
        try {
            return new PatientDays(ZoneId.of(timeZone));
        } catch (DateTimeException unknown) {
            return UTC;
        }
    }

    /** The patient's calendar day an instant (e.g. a session's {@code performedAt}) falls on. */
    public LocalDate dayOf(Instant instant) {
        if (instant == null) {
            throw new IllegalArgumentException("instant must not be null");
        }
        return LocalDate.ofInstant(instant, zone);
    }

    /** The instant the patient's day begins. */
    public Instant startOf(LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("day must not be null");
        }
        return day.atStartOfDay(zone).toInstant();
    }
}
