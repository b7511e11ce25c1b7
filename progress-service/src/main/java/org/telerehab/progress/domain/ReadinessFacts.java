package org.telerehab.progress.domain;

import org.telerehab.events.clinical.PatientDays;

import java.time.LocalDate;

/**
 * Input of the READY_TO_PROGRESS and NOT_IMPROVING rules.
 *
 * @param today         the patient's current day ({@link PatientDays#today})
 * @param planStartDate the ACTIVE plan's startDate, {@code null} without an active plan
 * @param adherence28d  from {@link ProgressFigures#adherence28d()}
 * @param painChange    from {@link ProgressFigures#painChange()}
 * @param mcidReached   from {@link ProgressFigures#mcidReached()}
 * @param lastFlareDay  the patient's day of the latest FLARE, {@code null} when never: the latest reading
 *                      that met the FLARE condition ({@link AlertRules#isFlare}), whether it raised an
 *                      alert or fell into an already open FLARE episode (so an unresolved FLARE
 *                      cannot hide a fresh one); at the least, the day the latest FLARE was raised
 */
public record ReadinessFacts(LocalDate today, LocalDate planStartDate, Double adherence28d, Double painChange,
        boolean mcidReached, LocalDate lastFlareDay) {

    public ReadinessFacts {
        if (today == null) {
            throw new IllegalArgumentException("today must not be null");
        }
    }

    public static ReadinessFacts of(LocalDate today, LocalDate planStartDate, ProgressFigures figures,
            LocalDate lastFlareDay) {
        if (figures == null) {
            throw new IllegalArgumentException("figures must not be null");
        }
        return new ReadinessFacts(today, planStartDate, figures.adherence28d(), figures.painChange(),
                figures.mcidReached(), lastFlareDay);
    }
}
