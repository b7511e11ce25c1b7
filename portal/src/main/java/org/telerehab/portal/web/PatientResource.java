package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.IntakeClient;
import org.telerehab.portal.client.ProgramClient;
import org.telerehab.portal.client.ProgressClient;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The patient's pages: screening, plan, session log, check-in, progress and who saw their records. */
@Path("/patient")
@RolesAllowed(Views.PATIENT)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PatientResource {

    @Inject
    Views views;

    @Inject
    @RestClient
    IntakeClient intake;

    @Inject
    Questionnaires questionnaires;

    @Inject
    @RestClient
    ProgramClient program;

    @Inject
    @RestClient
    ProgressClient progress;

    @Inject
    PatientNames names;

    @Inject
    TodayPage today;

    @Inject
    PortalLanguage language;

    @Inject
    UserTime time;

    @GET
    public TemplateInstance home() {
        Api.Result plan = Api.call("program service", () -> program.activePlan(views.userId()));
        Hold hold = holdOf(plan);
        return hold.addTo(views.page(Templates.home(today.of(views.userId(), plan, hold.stopsExercise())), "/patient"));
    }

    /** The pages whose view model is a record, checked against their templates when the portal is built. */
    @CheckedTemplate(basePath = "patient", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME,
            requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance home(TodayView today);

        static native TemplateInstance plan(PlanView plan, boolean noPlan);

        static native TemplateInstance accessLog(AccessLogView.Page log);

        static native TemplateInstance session(PlanView plan, boolean noPlan, UUID clientRequestId);

        static native TemplateInstance sessionSaved(List<RaisedAlert> alerts, boolean repeat);

        static native TemplateInstance checkin(LocalDate today, UUID clientRequestId);

        static native TemplateInstance checkinSaved(List<RaisedAlert> alerts, boolean repeat, boolean emergency,
                                                    boolean review);
    }

    /**
     * Whether the programme is on hold (a red-flag report open, or the plan paused), why and what to do now; when the
     * patient's status cannot be read, {@code unknown} says so and the page still lists every emergency sign.
     */
    private record Hold(ProgrammeHold hold, boolean unknown) {

        boolean stopsExercise() {
            return hold != null || unknown;
        }

        TemplateInstance addTo(TemplateInstance page) {
            return unknown ? page.data("holdUnknown", true) : page.data("hold", hold);
        }
    }

    private Hold holdOf(Api.Result plan) {
        if (!plan.ok() && plan.status() != 404) {
            return new Hold(null, true);
        }
        Api.Result reports = Api.call("program service", () -> program.redFlags(views.userId()));
        if (!reports.ok()) {
            return new Hold(null, true);
        }
        return new Hold(ProgrammeHold.of(plan.ok() ? plan.map() : null, reports.list()), false);
    }

    private TemplateInstance withHold(TemplateInstance page, Api.Result plan) {
        return holdOf(plan).addTo(page);
    }

    // ---- screening

    @GET
    @Path("screening")
    public TemplateInstance screeningForm() {
        return screeningPage(null);
    }

    @POST
    @Path("screening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance screen(MultivaluedMap<String, String> posted) {
        Form form = new Form(posted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("painRegions", form.all("painRegions"));
        body.put("radiatesBelowKnee", form.checked("radiatesBelowKnee"));
        body.put("painNow", form.number("painNow"));
        body.put("painAverageWeek", form.number("painAverageWeek"));
        body.put("symptomWeeks", form.number("symptomWeeks"));
        body.put("redFlags", form.all("redFlags"));
        body.put("startBack", Questionnaires.startBack(form));
        body.put("odi", Questionnaires.odi(form));
        body.put("wakeTime", form.text("wakeTime"));
        Api.Result result = Api.call("intake service", () -> intake.screen(body));
        if (!result.ok()) {
            return screeningPage(result.problem());
        }
        return views.page("patient/screening-result", "/patient/screening")
                .data("r", ScreeningResultView.of(result.map()));
    }

    private TemplateInstance screeningPage(Api.Problem problem) {
        // sciatic pain is asked as "does it radiate below the knee"
        return questionnaires.addTo(views.page("patient/screening", "/patient/screening", problem)
                .data("regions", List.of(Region.LUMBAR, Region.THORACIC, Region.HIP_PELVIS, Region.NECK)),
                language.tagFor("patient/screening"));
    }

    // ---- plan

    @GET
    @Path("plan")
    public TemplateInstance plan() {
        Api.Result result = Api.call("program service", () -> program.activePlan(views.userId()));
        TemplateInstance page = withHold(views.page(Templates.plan(planOf(result, "patient/plan"),
                result.status() == 404), "/patient/plan"), result);
        return result.ok() || result.status() == 404 ? page : page.data("problem", result.problem());
    }

    /** The active plan of program-service's answer for a page, its start day in the page's words; null without. */
    private PlanView planOf(Api.Result result, String template) {
        if (!result.ok()) {
            return null;
        }
        Object from = result.map().get("startDate");
        String day = time.words(Locale.forLanguageTag(language.tagFor(template))).date(from);
        return PlanView.of(result.map(), day.isEmpty() ? String.valueOf(from) : day);
    }

    /** The language of program-service's exercise content (name, summary, steps, cues, captions). */
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

    // ---- session log

    @GET
    @Path("session")
    public TemplateInstance sessionForm() {
        return sessionPage(null);
    }

    private TemplateInstance sessionPage(Api.Problem problem) {
        Api.Result result = Api.call("program service", () -> program.activePlan(views.userId()));
        TemplateInstance page = withHold(views.page(Templates.session(planOf(result, "patient/session"),
                result.status() == 404, UUID.randomUUID()), "/patient/session"), result);
        return page.data("problem", problem == null && !result.ok() && result.status() != 404 ? result.problem()
                : problem);
    }

    @POST
    @Path("session")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logSession(MultivaluedMap<String, String> posted) {
        Form form = new Form(posted);
        List<Map<String, Object>> done = new ArrayList<>();
        for (String id : form.all("exercise")) {
            done.add(Map.of("exerciseId", id, "setsDone", form.intOr("sets_" + id, 1),
                    "repsDone", form.intOr("reps_" + id, 0)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", form.text("planId"));
        body.put("performedAt", Instant.now().toString());
        body.put("exercises", done);
        body.put("painBefore", form.number("painBefore"));
        body.put("painAfter", form.number("painAfter"));
        body.put("perceivedIntensity", form.number("perceivedIntensity"));
        body.put("notes", form.text("notes"));
        body.put("clientRequestId", form.text("clientRequestId"));
        Api.Result result = Api.call("progress service", () -> progress.logSession(body));
        if (result.status() == 409) {
            return html(200, views.page(Templates.sessionSaved(List.of(), true), "/patient/session"));
        }
        if (!result.ok()) {
            return html(result.status(), sessionPage(result.problem()));
        }
        return html(200, views.page(Templates.sessionSaved(alertMessages(result.map().get("alertsRaised")), false),
                "/patient/session"));
    }

    /**
     * A logging form's answer with the status of what happened, so the device's queue of logs made offline (portal.js)
     * knows whether one was stored (200; a repeat of one already stored is 200 too), refused for good (4xx, shown
     * to the patient) or is to be sent again later (5xx).
     */
    private static Response html(int status, TemplateInstance page) {
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

    // ---- daily check-in

    @GET
    @Path("checkin")
    public TemplateInstance checkInForm() {
        return checkInPage(null);
    }

    private TemplateInstance checkInPage(Api.Problem problem) {
        return views.page(Templates.checkin(names.todayOf(views.userId()), UUID.randomUUID()), "/patient/checkin")
                .data("problem", problem);
    }

    @POST
    @Path("checkin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(MultivaluedMap<String, String> posted) {
        Form form = new Form(posted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", form.text("date") == null ? names.todayOf(views.userId()).toString() : form.text("date"));
        body.put("pain", form.number("pain"));
        body.put("redFlags", form.all("redFlags"));
        body.put("notes", form.text("notes"));
        body.put("clientRequestId", form.text("clientRequestId"));
        Api.Result result = Api.call("progress service", () -> progress.checkIn(body));
        if (result.status() == 409) {
            return html(200, views.page(Templates.checkinSaved(List.of(), true, false, false), "/patient/checkin"));
        }
        if (!result.ok()) {
            return html(result.status(), checkInPage(result.problem()));
        }
        // the advice is the portal's own words for what was reported (progress-service answers the same, in English)
        Map<String, Object> saved = result.map();
        // from what was reported, not from the alerts raised: a second emergency while the first alert is still open
        // raises no new alert, and is just as much an emergency
        String severity = severityOf(form.all("redFlags"));
        return html(200, views.page(Templates.checkinSaved(alertMessages(saved.get("alertsRaised")), false,
                "EMERGENCY".equals(severity), "REVIEW".equals(severity)), "/patient/checkin"));
    }

    /** EMERGENCY, REVIEW or null: how severe these reported flags are (an unknown code is the service's to refuse). */
    static String severityOf(List<String> flags) {
        List<RedFlag> known = flags.stream().filter(f -> Clinical.CLINICAL_FLAGS.containsKey(f)).map(RedFlag::valueOf)
                .toList();
        return RedFlag.severityOf(known).map(Enum::name).orElse(null);
    }

    // ---- progress

    @GET
    @Path("progress")
    public TemplateInstance progress() {
        Api.Result result = Api.call("progress service", () -> progress.progress(views.userId()));
        TemplateInstance page = views.page("patient/progress", "/patient/progress");
        if (result.status() == 404) {
            return page.data("none", true);
        }
        if (!result.ok()) {
            return page.data("problem", result.problem());
        }
        return withOwnOutcomes(withProgress(page, result.map()))
                .data("raised", PatientAlert.all(result.map().get("openAlerts")));
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

    /** The patient's own charts, in the progress page's language and their days. */
    private TemplateInstance withOwnOutcomes(TemplateInstance page) {
        Api.Result outcomes = Api.call("progress service", () -> progress.outcomes(views.userId()));
        String tag = language.tagFor("patient/progress");
        return outcomes.ok() ? page.data("charts", OutcomeCharts.of(outcomes.map(), PortalLanguage.charts(tag),
                time.words(Locale.forLanguageTag(tag)))) : page.data("chartsProblem", outcomes.problem());
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

    // ---- who saw my records

    /** Every service's access log of the patient, in words; a service that does not answer is named. */
    @GET
    @Path("access-log")
    public TemplateInstance accessLog() {
        List<List<Map<String, Object>>> answers = new ArrayList<>();
        List<AccessLogView.Source> missing = new ArrayList<>();
        for (var source : List.<Map.Entry<AccessLogView.Source, java.util.function.Supplier<Response>>>of(
                Map.entry(AccessLogView.Source.SCREENINGS, () -> intake.accessLog(views.userId())),
                Map.entry(AccessLogView.Source.PLANS, () -> program.accessLog(views.userId())),
                Map.entry(AccessLogView.Source.PROGRESS, () -> progress.accessLog(views.userId())))) {
            Api.Result result = Api.call(source.getKey().service, source.getValue());
            if (result.ok() && result.map().get("entries") instanceof List<?> entries) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> list = (List<Map<String, Object>>) entries;
                answers.add(list);
            } else {
                missing.add(source.getKey());
            }
        }
        Messages words = PortalLanguage.messages(language.tagFor("patient/access-log"));
        return views.page(Templates.accessLog(new AccessLogView.Page(AccessLogView.lines(views.userId(), answers,
                words), String.join(", ", missing.stream().map(words::accessLogSource).toList()))),
                "/patient/access-log");
    }
}
