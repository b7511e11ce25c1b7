package org.telerehab.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.IntakeClient;
import org.telerehab.portal.client.ProgressClient;
import org.telerehab.events.clinical.PatientDays;
import org.telerehab.events.clinical.WeeklySessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Assembles the patient's today from the plan, this week's sessions and check-ins (progress-service) and the
 * re-assessment due (intake-service). When to practise is {@link WeeklySessions}'s rule; this class only counts.
 */
@RequestScoped
public class TodayPage {

    @Inject
    @RestClient
    ProgressClient progress;

    @Inject
    @RestClient
    IntakeClient intake;

    @Inject
    PatientNames names;

    @Inject
    PortalLanguage language;

    /**
     * Today for this patient, given their plan as program-service answered and whether their programme is on hold (a
     * red-flag report open, or that cannot be read): on hold, no session is due.
     */
    public TodayView of(UUID patientId, Api.Result plan, boolean onHold) {
        PatientDays days = names.daysOf(patientId);
        LocalDate today = LocalDate.now(days.zone());
        LocalDate monday = WeeklySessions.weekOf(today);
        List<String> unavailable = new ArrayList<>();
        Locale locale = Locale.forLanguageTag(language.tagFor("patient/home"));
        Messages words = PortalLanguage.messages(locale.getLanguage());

        Api.Result sessions = Api.call("progress service",
                () -> progress.sessions(patientId, monday.toString(), today.toString()));
        Api.Result checkIns = Api.call("progress service",
                () -> progress.checkIns(patientId, monday.toString(), today.toString()));
        Map<LocalDate, Integer> sessionsOn = new HashMap<>();
        sessions.list().forEach(s -> sessionsOn.merge(days.dayOf(Instant.parse(String.valueOf(s.get("performedAt")))),
                1, Integer::sum));
        List<LocalDate> checkInDays = checkIns.list().stream().map(c -> LocalDate.parse(String.valueOf(c.get("date"))))
                .toList();
        if (!sessions.ok() || !checkIns.ok()) {
            unavailable.add(words.unavailableLogs());
        }

        TodayView.PlanState state = stateOf(plan, onHold);
        if (state == TodayView.PlanState.UNKNOWN) {
            unavailable.add(words.unavailablePlan());
        }
        int due = 0;
        TodayView.Week week = null;
        List<TodayView.Exercise> exercises = List.of();
        if (state == TodayView.PlanState.ACTIVE) {
            Map<String, Object> p = plan.map();
            var rule = new WeeklySessions(((Number) p.get("sessionsPerWeek")).intValue());
            LocalDate start = LocalDate.parse(String.valueOf(p.get("startDate")));
            int thisWeek = sessionsOn.values().stream().mapToInt(Integer::intValue).sum();
            // sessions unreadable: what the plan asks of a day with nothing logged (never a "day off" by mistake)
            due = rule.dueOn(today, start, thisWeek, sessionsOn.getOrDefault(today, 0));
            exercises = exercisesOf(p);
            if (sessions.ok() && checkIns.ok()) {
                week = new TodayView.Week(thisWeek, rule.weekTarget(today, start), weekDays(monday, today,
                        sessionsOn, checkInDays, locale));
            }
        }
        Api.Result reassessment = Api.call("intake service", () -> intake.reassessmentDue(patientId));
        if (!reassessment.ok()) {
            unavailable.add(words.unavailableReassessment());
        }
        return new TodayView(DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(today), state, due, exercises,
                checkIns.ok() ? checkInDays.contains(today) : null, sessionsOn.getOrDefault(today, 0),
                reassessment.ok() ? reassessment.map().get("week") : null, week, unavailable);
    }

    private static TodayView.PlanState stateOf(Api.Result plan, boolean onHold) {
        if (plan.status() == 404) {
            return TodayView.PlanState.NONE;
        }
        if (!plan.ok()) {
            return TodayView.PlanState.UNKNOWN;
        }
        return onHold || "PAUSED".equals(plan.map().get("status")) ? TodayView.PlanState.ON_HOLD
                : TodayView.PlanState.ACTIVE;
    }

    private static List<TodayView.Exercise> exercisesOf(Map<String, Object> plan) {
        List<TodayView.Exercise> out = new ArrayList<>();
        if (plan.get("items") instanceof List<?> items) {
            for (Object o : items) {
                if (o instanceof Map<?, ?> item) {
                    Map<?, ?> ex = item.get("exercise") instanceof Map<?, ?> m ? m : Map.of();
                    Object name = ex.get("name");
                    out.add(new TodayView.Exercise(name == null ? "Exercise" : String.valueOf(name),
                            count(item.get("sets")), count(item.get("reps")), count(item.get("holdSeconds")),
                            PlanView.contentLanguage(ex)));
                }
            }
        }
        return out;
    }

    private static int count(Object number) {
        return number instanceof Number n ? n.intValue() : 0;
    }

    private static List<TodayView.Day> weekDays(LocalDate monday, LocalDate today, Map<LocalDate, Integer> sessionsOn,
                                                List<LocalDate> checkInDays, Locale locale) {
        List<TodayView.Day> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            week.add(new TodayView.Day(day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale),
                    day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale), sessionsOn.getOrDefault(day, 0),
                    checkInDays.contains(day), day.equals(today), day.isAfter(today)));
        }
        return week;
    }
}
