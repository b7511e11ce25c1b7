package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.telerehab.engagement.domain.PatientSchedule.ActivePlan;
import org.telerehab.events.clinical.PatientDays;

/**
 * Builds the {@link PatientSchedule} a test needs, changing only what the test is about. Unless told otherwise: a UTC
 * patient with the default preferences, a plan of 3 sessions a week that started on Monday 2026-11-30 (assigned the
 * day before), no micro-breaks, the default re-assessment weeks, nothing logged, nothing re-assessed, not paused.
 */
final class ScheduleFixture {

    /** The Monday of the week most tests look at. */
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final LocalDate PLAN_START = LocalDate.of(2026, 11, 30);
    static final UUID PLAN_ID = UUID.fromString("5a1e0000-0000-4000-8000-000000000001");

    private PatientDays days = PatientDays.UTC;
    private boolean email = true;
    private LocalTime reminderTime = NotificationPreferences.DEFAULT_REMINDER_TIME;
    private LocalTime workFrom;
    private LocalTime workTo;
    private boolean hasPlan = true;
    private LocalDate start = PLAN_START;
    private int perWeek = 3;
    private Integer microBreakEvery;
    private List<Integer> reassessmentWeeks;
    private Instant assignedAt = Instant.parse("2026-11-29T12:00:00Z");
    private boolean paused;
    private Instant lastActivity;
    private final List<Instant> reassessed = new ArrayList<>();

    private ScheduleFixture() {
    }

    static ScheduleFixture aPatient() {
        return new ScheduleFixture();
    }

    ScheduleFixture in(String zone) {
        days = PatientDays.of(zone);
        return this;
    }

    ScheduleFixture remindedAt(LocalTime time) {
        reminderTime = time;
        return this;
    }

    ScheduleFixture working(LocalTime from, LocalTime to) {
        workFrom = from;
        workTo = to;
        return this;
    }

    ScheduleFixture plan(LocalDate startDate, int sessionsPerWeek) {
        start = startDate;
        perWeek = sessionsPerWeek;
        return this;
    }

    ScheduleFixture microBreaksEvery(int minutes) {
        microBreakEvery = minutes;
        return this;
    }

    ScheduleFixture reassessmentWeeks(Integer... weeks) {
        reassessmentWeeks = Arrays.asList(weeks);
        return this;
    }

    ScheduleFixture assignedAt(Instant at) {
        assignedAt = at;
        return this;
    }

    ScheduleFixture lastActivity(Instant at) {
        lastActivity = at;
        return this;
    }

    ScheduleFixture reassessedAt(Instant at) {
        reassessed.add(at);
        return this;
    }

    ScheduleFixture paused() {
        paused = true;
        return this;
    }

    ScheduleFixture withoutPlan() {
        hasPlan = false;
        return this;
    }

    PatientSchedule build() {
        var plan = hasPlan ? new ActivePlan(PLAN_ID, start, perWeek, microBreakEvery, reassessmentWeeks, assignedAt)
                : null;
        var preferences = NotificationPreferences.of(email, reminderTime, workFrom, workTo);
        return new PatientSchedule(days, preferences, plan, paused, lastActivity, reassessed);
    }

    /** The reminders of one kind, in order. */
    static List<Reminder> only(NotificationKind kind, List<Reminder> reminders) {
        return reminders.stream().filter(r -> r.kind() == kind).toList();
    }

    /** The reminders of one kind planned on each of {@code count} days from {@code first}, in order. */
    static List<Reminder> planDays(NotificationKind kind, PatientSchedule schedule, LocalDate first, int count) {
        List<Reminder> reminders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            reminders.addAll(only(kind, ReminderPlanner.planDay(schedule, first.plusDays(i), QuietHours.DEFAULT)));
        }
        return reminders;
    }

    /** When each reminder is due. */
    static List<Instant> dueAts(List<Reminder> reminders) {
        return reminders.stream().map(Reminder::dueAt).toList();
    }
}
