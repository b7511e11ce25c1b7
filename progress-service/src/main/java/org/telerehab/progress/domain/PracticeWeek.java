package org.telerehab.progress.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One week of an episode's practice: the sessions logged in seven of the patient's days counted from the episode's
 * first day (the last week may be shorter: it ends today or at discharge). A chart of these against the plan's
 * sessions per week shows adherence week by week.
 *
 * @param from     the week's first day
 * @param days     how many of its days the episode has covered so far (7, or fewer in its last week)
 * @param sessions the sessions logged on those days
 */
public record PracticeWeek(LocalDate from, int days, int sessions) {

    /** The weeks from {@code first} to {@code last} inclusive, oldest first; every week is there, an empty one too. */
    public static List<PracticeWeek> seriesOf(Collection<DailyRollup> rollups, LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            return List.of();
        }
        int weeks = (int) (ChronoUnit.DAYS.between(first, last) / 7) + 1;
        int[] sessions = new int[weeks];
        for (DailyRollup day : rollups) {
            long offset = ChronoUnit.DAYS.between(first, day.day());
            if (offset >= 0 && !day.day().isAfter(last)) {
                sessions[(int) (offset / 7)] += day.sessions();
            }
        }
        List<PracticeWeek> series = new ArrayList<>(weeks);
        for (int w = 0; w < weeks; w++) {
            LocalDate from = first.plusDays(7L * w);
            int days = (int) Math.min(7, ChronoUnit.DAYS.between(from, last) + 1);
            series.add(new PracticeWeek(from, days, sessions[w]));
        }
        return series;
    }
}
