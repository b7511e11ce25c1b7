package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telerehab.engagement.domain.NotificationPreferences.WorkHours;
import org.telerehab.engagement.domain.PatientSchedule.ActivePlan;
import org.telerehab.events.clinical.ReassessmentSchedule;
import org.telerehab.events.clinical.WeeklySessions;

/**
 * Which reminders a patient gets, decided from what the service knows of them and nothing else (no clock, no
 * database), so that what the tests check is what the service sends. Days and times are the patient's own
 * ({@code PatientDays}). Nothing at all while they have no active plan or it is paused: a paused plan follows an
 * emergency red flag, and the patient must not be coached to exercise (the red-flag path is separate).
 *
 * <ul>
 *   <li>{@link NotificationKind#SESSION_DUE}: on each day the plan asks for a session ({@link WeeklySessions}: day d
 *       asks when more sessions are expected by its end than by the end of the day before; a Monday always starts
 *       from none), at the patient's reminder time; none before the plan starts.</li>
 *   <li>{@link NotificationKind#MICRO_BREAK}: on Monday to Friday, when the plan has a rhythm of N minutes and the
 *       patient set work hours: at from + N, from + 2N, ... up to and including their end (S8: short sessions every
 *       couple of hours at work).</li>
 *   <li>{@link NotificationKind#NOTHING_LOGGED}: 48 hours (exact, whatever the clocks do) after the gap began: the
 *       latest of the last session or check-in, the plan's assignment and the start of its first day, so a new plan
 *       or a new log starts a new gap and each gap is nudged once (its slot is the instant it counts from).</li>
 *   <li>{@link NotificationKind#REASSESSMENT_DUE}: on the first day of each re-assessment week
 *       ({@link ReassessmentSchedule}) at the reminder time, unless one was completed since that day began.</li>
 * </ul>
 *
 * <p>Every time is then placed by the clinic's {@link QuietHours}. A local time that does not exist on a day (the
 * clock moves forward) is moved later by the length of the gap, as {@code ZonedDateTime.of} does: 02:30 on the day
 * Los Angeles springs forward is 03:30 PDT; a time that exists twice (the clock moves back) is the earlier one.
 */
public final class ReminderPlanner {

    /** How long a patient may log nothing before they are nudged. */
    public static final Duration NOTHING_LOGGED_AFTER = Duration.ofHours(48);

    private ReminderPlanner() {
    }

    /**
     * The reminders of one of the patient's days, in the order they are due. A reminder belongs to the day it was
     * planned on, so one held by quiet hours may be due the next morning.
     */
    public static List<Reminder> planDay(PatientSchedule schedule, LocalDate day, QuietHours quiet) {
        if (schedule == null || day == null || quiet == null) {
            throw new IllegalArgumentException("schedule, day and quiet hours must be given");
        }
        if (!schedule.planRunning()) {
            return List.of();
        }
        List<Reminder> reminders = new ArrayList<>();
        sessionDue(schedule, day, quiet).ifPresent(reminders::add);
        reminders.addAll(microBreaks(schedule, day, quiet));
        nothingLogged(schedule, day, quiet).ifPresent(reminders::add);
        reassessmentDue(schedule, day, quiet).ifPresent(reminders::add);
        reminders.sort(Comparator.comparing(Reminder::dueAt).thenComparing(Reminder::slot));
        return List.copyOf(reminders);
    }

    /**
     * The reminders due from {@code from} (inclusive) to {@code to} (exclusive), in the order they are due, each slot
     * once: what a scheduler that wakes now and then sends for the time since it last woke.
     */
    public static List<Reminder> planBetween(PatientSchedule schedule, Instant from, Instant to, QuietHours quiet) {
        if (schedule == null || from == null || to == null || quiet == null) {
            throw new IllegalArgumentException("schedule, from, to and quiet hours must be given");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
        Map<String, Reminder> bySlot = new LinkedHashMap<>();
        // quiet hours hold a reminder at most until the next morning: the day before from may have one due in range
        LocalDate last = schedule.days().dayOf(to);
        for (LocalDate day = schedule.days().dayOf(from).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (Reminder reminder : planDay(schedule, day, quiet)) {
                if (!reminder.dueAt().isBefore(from) && reminder.dueAt().isBefore(to)) {
                    bySlot.putIfAbsent(reminder.slot(), reminder);
                }
            }
        }
        List<Reminder> reminders = new ArrayList<>(bySlot.values());
        reminders.sort(Comparator.comparing(Reminder::dueAt).thenComparing(Reminder::slot));
        return List.copyOf(reminders);
    }

    static Optional<Reminder> sessionDue(PatientSchedule schedule, LocalDate day, QuietHours quiet) {
        ActivePlan plan = schedule.plan();
        var sessions = new WeeklySessions(plan.sessionsPerWeek());
        // a Monday starts a new week: nothing was expected of it by the day before
        int before = day.getDayOfWeek() == DayOfWeek.MONDAY ? 0
                : sessions.expectedBy(day.minusDays(1), plan.startDate());
        if (sessions.expectedBy(day, plan.startDate()) <= before) {
            return Optional.empty();
        }
        return place(NotificationKind.SESSION_DUE, day, atReminderTime(schedule, day), quiet);
    }

    static List<Reminder> microBreaks(PatientSchedule schedule, LocalDate day, QuietHours quiet) {
        Integer every = schedule.plan().microBreakEveryMinutes();
        WorkHours work = schedule.preferences().workHours();
        if (every == null || work == null || day.isBefore(schedule.plan().startDate())
                || day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return List.of();
        }
        long workSeconds = Duration.between(work.from(), work.to()).toSeconds();
        List<Reminder> reminders = new ArrayList<>();
        for (long minutes = every; minutes * 60 <= workSeconds; minutes += every) {
            LocalTime time = work.from().plusMinutes(minutes);
            ZonedDateTime planned = ZonedDateTime.of(day, time, schedule.days().zone());
            place(NotificationKind.MICRO_BREAK, LocalDateTime.of(day, time), planned, quiet).ifPresent(reminders::add);
        }
        return reminders;
    }

    static Optional<Reminder> nothingLogged(PatientSchedule schedule, LocalDate day, QuietHours quiet) {
        ActivePlan plan = schedule.plan();
        Instant gapStart = latest(plan.assignedAt(), schedule.days().startOf(plan.startDate()));
        if (schedule.lastActivity() != null) {
            gapStart = latest(gapStart, schedule.lastActivity());
        }
        ZonedDateTime planned = gapStart.plus(NOTHING_LOGGED_AFTER).atZone(schedule.days().zone());
        if (!planned.toLocalDate().equals(day)) {
            return Optional.empty();
        }
        return place(NotificationKind.NOTHING_LOGGED, gapStart, planned, quiet);
    }

    static Optional<Reminder> reassessmentDue(PatientSchedule schedule, LocalDate day, QuietHours quiet) {
        ActivePlan plan = schedule.plan();
        for (int week : plan.reassessmentWeeks()) {
            if (ReassessmentSchedule.weekStart(plan.startDate(), week).equals(day)) {
                Instant dayStart = schedule.days().startOf(day);
                boolean done = schedule.reassessmentsCompleted().stream().anyMatch(at -> !at.isBefore(dayStart));
                return done ? Optional.empty()
                        : place(NotificationKind.REASSESSMENT_DUE, day, atReminderTime(schedule, day), quiet);
            }
        }
        return Optional.empty();
    }

    private static ZonedDateTime atReminderTime(PatientSchedule schedule, LocalDate day) {
        return ZonedDateTime.of(day, schedule.preferences().reminderTime(), schedule.days().zone());
    }

    private static Optional<Reminder> place(NotificationKind kind, Object key, ZonedDateTime planned,
                                            QuietHours quiet) {
        return quiet.place(kind, planned).map(at -> Reminder.of(kind, key, at.toInstant()));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
