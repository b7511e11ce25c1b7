package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.ProgramClient;
import org.telerehab.portal.client.ProgressClient;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RedFlag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
/**
 * What the patient's pages share, and what the therapist's pages read of them (the plan, progress and outcomes of a
 * patient as maps). Each area of the patient's pages is a resource of its own: {@link PatientTodayResource},
 * {@link PatientScreeningResource}, {@link PatientPlanResource}, {@link PatientSessionResource},
 * {@link PatientCheckInResource}, {@link PatientProgressResource}, {@link PatientAccessLogResource}.
 */
final class PatientResource {

    private PatientResource() {
    }

    /**
     * Whether the programme is on hold (a red-flag report open, or the plan paused), why and what to do now; when the
     * patient's status cannot be read, {@code unknown} says so and the page still lists every emergency sign.
     */
    record Hold(ProgrammeHold hold, boolean unknown) {

        boolean stopsExercise() {
            return hold != null || unknown;
        }

        TemplateInstance addTo(TemplateInstance page) {
            return unknown ? page.data("holdUnknown", true) : page.data("hold", hold);
        }
    }

    /** The hold of the patient whose plan program-service answered with {@code plan}. */
    static Hold holdOf(Api.Result plan, ProgramClient program, UUID patient) {
        if (!plan.ok() && plan.status() != 404) {
            return new Hold(null, true);
        }
        Api.Result reports = Api.call("program service", () -> program.redFlags(patient));
        if (!reports.ok()) {
            return new Hold(null, true);
        }
        return new Hold(ProgrammeHold.of(plan.ok() ? plan.map() : null, reports.list()), false);
    }

    static TemplateInstance withHold(TemplateInstance page, Api.Result plan, ProgramClient program, UUID patient) {
        return holdOf(plan, program, patient).addTo(page);
    }

    /** The active plan of program-service's answer for a page, its start day in the page's words; null without. */
    static PlanView planOf(Api.Result result, UserTime.Words time) {
        if (!result.ok()) {
            return null;
        }
        Object from = result.map().get("startDate");
        String day = time.date(from);
        return PlanView.of(result.map(), day.isEmpty() ? String.valueOf(from) : day);
    }

    /**
     * The language of program-service's exercise content (name, summary, steps, cues, captions) when it does not say
     * ({@code contentLocale}): English, the library's own; a version a therapist translated comes in the patient's.
     */
    static final String EXERCISE_LANGUAGE = "en";

    /** The plan as a therapist's page reads it (the patient's pages read a {@link PlanView}). */
    static TemplateInstance withPlan(TemplateInstance page, Map<String, Object> plan) {
        List<Map<String, Object>> items = new ArrayList<>();
        if (plan.get("items") instanceof List<?> list) {
            for (Object o : list) {
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) o;
                Map<String, Object> ex = item.get("exercise") instanceof Map<?, ?> m
                        ? new HashMap<>((Map<String, Object>) m) : new HashMap<>();
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("exerciseId", item.get("exerciseId"));
                view.put("name", ex.getOrDefault("name", "Exercise"));
                view.put("summary", ex.get("summary"));
                view.put("steps", ex.getOrDefault("steps", List.of()));
                view.put("cues", ex.getOrDefault("cues", List.of()));
                view.put("equipment", ex.getOrDefault("equipment", List.of()));
                view.put("dose", Clinical.dose(item.get("sets"), item.get("reps"), item.get("holdSeconds")));
                view.put("sets", item.get("sets"));
                view.put("reps", item.get("reps"));
                view.put("holdSeconds", item.get("holdSeconds") instanceof Number n ? n.intValue() : 0);
                view.put("intensity", Clinical.intensity(item.get("intensityCap")));
                view.put("waking", Clinical.waking(item.get("notWithinMinutesOfWaking")));
                view.put("illustration", ex.get("illustrationUrl") == null ? null
                        : "/media/illustrations/" + item.get("exerciseId"));
                view.put("media", ExerciseMediaView.of(ex.get("media")));
                items.add(view);
            }
        }
        Object every = plan.get("microBreakEveryMinutes");
        String microBreaks = every instanceof Number n
                ? "A 2-3 minute micro-session every " + n + " minutes while you work."
                : "A 2-3 minute micro-session every 2 hours while you work.";
        return page.data("plan", plan).data("items", items).data("microBreaks", microBreaks)
                .data("paused", "PAUSED".equals(plan.get("status")));
    }

    /**
     * A logging form's answer with the status of what happened, so the device's queue of logs made offline (portal.js)
     * knows whether one was stored (200; a repeat of one already stored is 200 too), refused for good (4xx, shown
     * to the patient) or is to be sent again later (5xx).
     */
    static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .build();
    }

    /** An alert a session or check-in raised, as the patient is told of it (Messages#alertName, #alertAdvice). */
    @TemplateData
    record RaisedAlert(AlertType type, boolean emergency) {
    }

    static List<RaisedAlert> alertMessages(Object raised) {
        List<RaisedAlert> out = new ArrayList<>();
        if (raised instanceof List<?> list) {
            for (Object a : list) {
                Arrays.stream(AlertType.values()).filter(t -> t.name().equals(String.valueOf(a))).findFirst()
                        .ifPresent(t -> out.add(new RaisedAlert(t, t == AlertType.RED_FLAG_SYMPTOM)));
            }
        }
        return out;
    }

    /** EMERGENCY, REVIEW or null: how severe these reported flags are (an unknown code is the service's to refuse). */
    static String severityOf(List<String> flags) {
        List<RedFlag> known = flags.stream().filter(f -> Clinical.CLINICAL_FLAGS.containsKey(f)).map(RedFlag::valueOf)
                .toList();
        return RedFlag.severityOf(known).map(Enum::name).orElse(null);
    }

    /** An open alert as the patient is told of it: its type in their words, and the day (their zone) it was raised. */
    @TemplateData
    record PatientAlert(AlertType type, Instant raisedAt) {

        static List<PatientAlert> all(Object alerts) {
            List<PatientAlert> out = new ArrayList<>();
            if (alerts instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> a) {
                        AlertType type = ScreeningResultView.code(AlertType.class, a.get("type"));
                        if (type != null) {
                            out.add(new PatientAlert(type, Clinical.instant(a.get("raisedAt"))));
                        }
                    }
                }
            }
            return out;
        }
    }

    /** The episode's charts (OutcomeCharts) when progress-service answers; the page says so when it does not. */
    static TemplateInstance withOutcomes(TemplateInstance page, ProgressClient progress, UUID patientId) {
        Api.Result outcomes = Api.call("progress service", () -> progress.outcomes(patientId));
        return outcomes.ok() ? page.data("charts", OutcomeCharts.of(outcomes.map()))
                : page.data("chartsProblem", outcomes.problem());
    }

    static TemplateInstance withProgress(TemplateInstance page, Map<String, Object> p) {
        List<Map<String, Object>> alerts = new ArrayList<>();
        if (p.get("openAlerts") instanceof List<?> list) {
            for (Object o : list) {
                @SuppressWarnings("unchecked")
                Map<String, Object> a = new LinkedHashMap<>((Map<String, Object>) o);
                a.put("label", Clinical.label(Clinical.ALERTS, a.get("type")));
                a.put("raised", Clinical.when(a.get("raisedAt")));
                alerts.add(a);
            }
        }
        return page.data("p", p)
                .data("baseline", Clinical.number(p.get("baselinePain")))
                .data("latest", Clinical.number(p.get("latestPain")))
                .data("average", Clinical.number(p.get("averagePain7d")))
                .data("change", Clinical.number(p.get("painChange")))
                .data("mcid", Boolean.TRUE.equals(p.get("mcidReached")))
                .data("adherence7d", Clinical.percent(p.get("adherence7d")))
                .data("adherence28d", Clinical.percent(p.get("adherence28d")))
                .data("alerts", alerts);
    }
}
