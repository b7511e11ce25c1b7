package org.telerehab.progress.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One point of an episode's pain series: the mean of a day's readings (check-in pain, session painBefore), on the
 * patient's day. Days without a reading have no point (no value is invented for them).
 *
 * @param date  the patient's day
 * @param value the mean of that day's readings, 0-10
 */
public record DailyPain(LocalDate date, double value) {

    /** The series of these days, oldest first, from the daily rollups the logs keep. */
    public static List<DailyPain> seriesOf(Collection<DailyRollup> days) {
        return days.stream().filter(d -> d.painReadings() > 0)
                .sorted(Comparator.comparing(DailyRollup::day))
                .map(d -> new DailyPain(d.day(), (double) d.painSum() / d.painReadings()))
                .toList();
    }
}
