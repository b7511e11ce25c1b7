package org.telerehab.portal.web;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.IntakeClient;
import org.telerehab.portal.client.ProgramClient;
import org.telerehab.portal.client.ProgressClient;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The therapist's console: worklist, patient detail with red flags and alerts, clearance, plan builder. */
@Path("/therapist")
@RolesAllowed(Views.THERAPIST)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class TherapistResource {

    @Inject
    Views views;

    @Inject
    PatientNames names;

    @Inject
    @RestClient
    IntakeClient intake;

    @Inject
    @RestClient
    ProgramClient program;

    @Inject
    @RestClient
    ProgressClient progress;

    // ---- worklist

    @GET
    public TemplateInstance worklist(@QueryParam("released") String released,
                                     @QueryParam("transferred") String transferred) {
        return worklistPage(null).data("released", released != null).data("transferred", transferred != null);
    }

    private TemplateInstance worklistPage(Api.Problem problem) {
        Api.Result result = Api.call("program service", () -> program.worklist());
        TemplateInstance page = views.page("therapist/worklist", "/therapist", problem).data("released", false)
                .data("transferred", false);
        if (!result.ok()) {
            return page.data("problem", problem == null ? result.problem() : problem).data("entries", List.of());
        }
        UUID meId = views.userId();
        String me = meId.toString();
        List<Map<String, Object>> entries = new ArrayList<>();
        Map<String, String> visible = names.visible();
        for (Map<String, Object> e : result.list()) {
            Map<String, Object> v = new LinkedHashMap<>(e);
            v.put("who", PatientNames.label(visible.get(String.valueOf(e.get("patientId"))), e.get("patientId")));
            List<RedFlagView> redFlags = RedFlagView.all(e.get("openRedFlags"), meId);
            v.put("redFlags", redFlags);
            v.put("escalated", redFlags.stream().anyMatch(r -> r.escalated() != null));
            v.put("statusLabel", Clinical.label(Clinical.STATUSES, e.get("status")));
            v.put("urgency", Clinical.urgency(e));
            v.put("dispositionLabel", Clinical.label(Clinical.DISPOSITIONS, e.get("disposition")));
            v.put("painTypesLabel", String.join(", ", Clinical.labels(Clinical.REGIONS, e.get("painTypes"))));
            v.put("alertLabels", Clinical.labels(Clinical.ALERTS, alertTypes(e.get("openAlerts"))));
            v.put("mine", me.equals(String.valueOf(e.get("therapistId"))));
            // in nobody's care: a patient with an open red flag is BLOCKED, and must still be taken into care
            v.put("isNew", e.get("therapistId") == null);
            v.put("submitted", Clinical.when(e.get("submittedAt")));
            entries.add(v);
        }
        return page.data("entries", entries);
    }

    private static List<Object> alertTypes(Object alerts) {
        List<Object> types = new ArrayList<>();
        if (alerts instanceof List<?> list) {
            for (Object a : list) {
                if (a instanceof Map<?, ?> m) {
                    types.add(m.get("type"));
                }
            }
        }
        return types;
    }

    @POST
    @Path("patients/{patientId}/care")
    public Object takeIntoCare(@PathParam("patientId") UUID patientId) {
        Api.Result result = Api.call("program service", () -> program.takeIntoCare(patientId));
        if (!result.ok()) {
            return worklistPage(result.problem());
        }
        return Response.seeOther(URI.create("/therapist/patients/" + patientId)).build();
    }

    // ---- patient detail

    @GET
    @Path("patients/{patientId}")
    public TemplateInstance patient(@PathParam("patientId") UUID patientId, @QueryParam("assigned") Integer assigned,
                                    @QueryParam("resolved") String resolved, @QueryParam("cleared") Integer cleared,
                                    @QueryParam("acknowledged") String acknowledged,
                                    @QueryParam("discharged") String discharged) {
        TemplateInstance page = views.page("therapist/patient", "/therapist")
                .data("patientId", patientId).data("who", names.of(patientId))
                .data("assigned", assigned).data("resolved", resolved != null)
                .data("cleared", cleared).data("acknowledged", acknowledged != null)
                .data("discharged", discharged != null)
                .data("colleagues", names.colleagues(views.userId()));

        Api.Result reports = Api.call("program service", () -> program.redFlags(patientId));
        if (reports.ok()) {
            List<RedFlagView> history = RedFlagView.all(reports.list(), views.userId());
            page.data("redFlags", history).data("openRedFlags", history.stream().filter(RedFlagView::open).count());
        } else {
            page.data("redFlagProblem", reports.problem());
        }

        Api.Result screenings = Api.call("intake service", () -> intake.screenings(patientId));
        if (screenings.ok() && !screenings.list().isEmpty()) {
            Map<String, Object> s = new LinkedHashMap<>(screenings.list().get(0));
            s.put("dispositionLabel", Clinical.label(Clinical.DISPOSITIONS, s.get("disposition")));
            s.put("painTypesLabel", String.join(", ", Clinical.labels(Clinical.REGIONS, s.get("painTypes"))));
            s.put("redFlagLabels", Clinical.labels(Clinical.CLINICAL_FLAGS, s.get("redFlags")));
            s.put("submitted", Clinical.when(s.get("submittedAt")));
            page.data("screening", s).data("screeningCount", screenings.list().size());
        } else if (!screenings.ok()) {
            page.data("screeningProblem", screenings.problem());
        }

        Api.Result prog = Api.call("progress service", () -> progress.progress(patientId));
        if (prog.ok()) {
            PatientResource.withOutcomes(PatientResource.withProgress(page, prog.map()), progress, patientId)
                    .data("hasProgress", true);
            Api.Result monitoring = Api.call("progress service", () -> progress.monitoringDays(patientId));
            page.data("monitoringDays", monitoring.ok() ? monitoring.map().get("days") : null);
        } else {
            page.data("progressProblem", prog.problem()).data("alerts", List.of());
        }

        Api.Result plan = Api.call("program service", () -> program.activePlan(patientId));
        if (plan.ok()) {
            PatientResource.withPlan(page, plan.map()).data("hasPlan", true)
                    .data("planStatusLabel", Clinical.label(Clinical.PLAN_STATUSES, plan.map().get("status")));
        } else if (plan.status() != 404) {
            page.data("planProblem", plan.problem());
        }
        return page;
    }

    @POST
    @Path("patients/{patientId}/alerts/{alertId}/resolve")
    public Object resolve(@PathParam("patientId") UUID patientId, @PathParam("alertId") UUID alertId) {
        Api.Result result = Api.call("progress service", () -> progress.resolve(alertId));
        if (!result.ok()) {
            return patientPage(patientId).data("problem", result.problem());
        }
        return Response.seeOther(URI.create("/therapist/patients/" + patientId + "?resolved=1")).build();
    }

    // ---- red flags: clearance and acknowledgement

    /** The therapist records that a physician cleared the patient: every open red-flag report closes. */
    @POST
    @Path("patients/{patientId}/clearance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object clear(@PathParam("patientId") UUID patientId, MultivaluedMap<String, String> posted) {
        String note = new Form(posted).text("note");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("note", note);
        Api.Result result = Api.call("program service", () -> program.clearance(patientId, body));
        if (!result.ok()) {
            return patientPage(patientId).data("problem", clearanceProblem(result.problem()))
                    .data("note", note);
        }
        int closed = result.map().get("reportIds") instanceof List<?> ids ? ids.size() : 0;
        return Response.seeOther(URI.create("/therapist/patients/" + patientId + "?cleared=" + closed)).build();
    }

    /** The service's refusal of a clearance, in the words of this page. */
    static Api.Problem clearanceProblem(Api.Problem problem) {
        if (problem.is("nothing-to-clear")) {
            return problem.retold("Nothing to clear", "This patient has never reported a red flag, so there is no "
                    + "clearance to record.");
        }
        if (problem.status() == 422 || problem.status() == 400) {
            return new Api.Problem(problem.status(), "The clearance was not recorded",
                    "Write a note of the physician's clearance (who cleared the patient, and when), at most 2000 "
                            + "characters.", List.of(), List.of(), problem.type());
        }
        return problem;
    }

    /** The patient page as it is, for answering a refused form on it. */
    TemplateInstance patientPage(UUID patientId) {
        return patient(patientId, null, null, null, null, null);
    }

    /** "I have seen this and acted": the report stays open (plans still wait) but is no longer escalated. */
    @POST
    @Path("patients/{patientId}/red-flags/{reportId}/acknowledge")
    public Object acknowledge(@PathParam("patientId") UUID patientId, @PathParam("reportId") UUID reportId) {
        Api.Result result = Api.call("program service", () -> program.acknowledge(patientId, reportId));
        if (!result.ok()) {
            return patientPage(patientId).data("problem", result.problem());
        }
        return Response.seeOther(URI.create("/therapist/patients/" + patientId + "?acknowledged=1")).build();
    }

    // ---- plan builder

    @GET
    @Path("patients/{patientId}/plan")
    public TemplateInstance planBuilder(@PathParam("patientId") UUID patientId, @QueryParam("template") String templateId) {
        Library library = library();
        Draft draft = new Draft();
        if (templateId != null) {
            Map<String, Object> template = library.templates.stream()
                    .filter(t -> templateId.equals(String.valueOf(t.get("id")))).findFirst().orElse(null);
            if (template != null) {
                draft = Draft.of(template);
            }
        }
        draft.startDate = names.todayOf(patientId).toString(); // the patient's day one, not the clinic's
        return builderPage(patientId, library, draft, null);
    }

    @POST
    @Path("patients/{patientId}/plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object buildPlan(@PathParam("patientId") UUID patientId, MultivaluedMap<String, String> posted) {
        Form form = new Form(posted);
        Draft draft = Draft.read(form);
        String action = form.text("action") == null ? "refresh" : form.text("action");
        if (action.equals("add") && form.text("addExercise") != null) {
            draft.items.add(Draft.item(form.text("addExercise"), 2, 10, 0, 6, null));
        } else if (action.startsWith("remove:")) {
            int index = Integer.parseInt(action.substring("remove:".length()));
            if (index >= 0 && index < draft.items.size()) {
                draft.items.remove(index);
            }
        } else if (action.equals("assign")) {
            Map<String, Object> body = draft.body();
            Api.Result result = Api.call("program service", () -> program.assignPlan(patientId, body));
            if (result.ok()) {
                return Response.seeOther(URI.create("/therapist/patients/" + patientId + "?assigned="
                        + result.map().getOrDefault("version", 1))).build();
            }
            return builderPage(patientId, library(), draft, assignProblem(result.problem()));
        }
        return builderPage(patientId, library(), draft, null);
    }

    /** The service's refusal of a plan, in the words of the plan builder. */
    static Api.Problem assignProblem(Api.Problem problem) {
        if (problem.is("red-flag-not-cleared")) {
            return problem.retold("This patient's red flags have not been cleared",
                    "A red-flag report is still open, so no new plan can start. Record the physician's clearance on "
                            + "the patient's page first; the plan below is kept until you leave this page.");
        }
        if (problem.hasWarnings()) {
            return problem.retold("Safety warnings need your decision",
                    "Review the safety warnings at each exercise below: tick the box for each one you accept for "
                            + "that exercise, then assign again.");
        }
        return problem;
    }

    private TemplateInstance builderPage(UUID patientId, Library library, Draft draft, Api.Problem problem) {
        List<Map<String, Object>> warnings = problem == null ? List.of() : problem.warnings();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> summary = new ArrayList<>();
        Set<String> summarised = new java.util.HashSet<>();
        for (int i = 0; i < draft.items.size(); i++) {
            Map<String, Object> item = draft.items.get(i);
            Map<String, Object> row = new LinkedHashMap<>(item);
            String id = String.valueOf(item.get("exerciseId"));
            Map<String, Object> ex = library.exercises.getOrDefault(id, Map.of());
            String name = String.valueOf(ex.getOrDefault("name", "Exercise " + Clinical.shortId(id)));
            row.put("index", i);
            row.put("name", name);
            row.put("tags", ex.getOrDefault("movementTags", List.of()));
            row.put("warnings", Draft.warningsAt(i, id, warnings, draft.acknowledged(id)));
            for (Map<String, Object> w : warnings) {
                if (id.equals(String.valueOf(w.get("exerciseId"))) && summarised.add(id + w.get("code"))) {
                    summary.add(Map.of("anchor", "item-" + i, "name", name,
                            "label", Clinical.label(Clinical.WARNINGS, w.get("code"))));
                }
            }
            rows.add(row);
        }
        List<Map<String, Object>> exerciseOptions = new ArrayList<>();
        library.exercises.values().forEach(e -> exerciseOptions.add(Map.of("id", e.get("id"),
                "name", String.valueOf(e.get("name")))));
        exerciseOptions.sort(java.util.Comparator.comparing(e -> String.valueOf(e.get("name"))));
        List<Map<String, Object>> cues = new ArrayList<>(draft.cues);
        while (cues.size() < 3) {
            cues.add(Map.of("trigger", "", "action", ""));
        }
        List<Map<String, Object>> cueRows = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            cueRows.add(Map.of("n", i, "num", i + 1, "trigger", cues.get(i).getOrDefault("trigger", ""),
                    "action", cues.get(i).getOrDefault("action", "")));
        }
        Api.Result reports = Api.call("program service", () -> program.redFlags(patientId));
        boolean redFlagOpen = reports.ok() && Clinical.mostSevereOpen(reports.list()) != null;
        return views.page("therapist/plan-builder", "/therapist", problem)
                .data("patientId", patientId).data("who", names.of(patientId))
                .data("templates", library.templates).data("draft", draft).data("rows", rows)
                .data("cueRows", cueRows).data("warningSummary", summary)
                .data("blockedByRedFlag", problem != null && problem.is("red-flag-not-cleared"))
                .data("redFlagOpen", redFlagOpen && (problem == null || !problem.is("red-flag-not-cleared")))
                .data("exerciseOptions", exerciseOptions)
                .data("libraryProblem", library.problem);
    }

    private Library library() {
        Api.Result templates = Api.call("program service", () -> program.templates());
        Api.Result exercises = Api.call("program service", () -> program.exercises());
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> e : exercises.list()) {
            byId.put(String.valueOf(e.get("id")), e);
        }
        return new Library(templates.list(), byId, !templates.ok() ? templates.problem() : exercises.problem());
    }

    record Library(List<Map<String, Object>> templates, Map<String, Map<String, Object>> exercises,
                   Api.Problem problem) {
    }

    /** The plan being built, carried from one form post to the next. */
    @io.quarkus.qute.TemplateData
    public static final class Draft {
        public String templateId;
        public String startDate;
        public Object sessionsPerWeek = 3;
        public Object microBreakEveryMinutes;
        public final List<Map<String, Object>> cues = new ArrayList<>();
        public final List<Map<String, Object>> items = new ArrayList<>();
        /**
         * exerciseId -> the warning codes the therapist ticked at that exercise on this page (form fields
         * {@code ack_<exerciseId>}). Nothing else is ever sent as acknowledged: no hidden field carries an
         * acknowledgement from an earlier page, and none covers every exercise at once.
         */
        final Map<String, Set<String>> acknowledged = new LinkedHashMap<>();

        @SuppressWarnings("unchecked")
        static Draft of(Map<String, Object> template) {
            Draft d = new Draft();
            d.templateId = String.valueOf(template.get("id"));
            d.sessionsPerWeek = template.getOrDefault("sessionsPerWeek", 3);
            d.microBreakEveryMinutes = template.get("microBreakEveryMinutes");
            if (template.get("habitCues") instanceof List<?> cues) {
                cues.forEach(c -> d.cues.add(new LinkedHashMap<>((Map<String, Object>) c)));
            }
            if (template.get("items") instanceof List<?> items) {
                for (Object o : items) {
                    Map<String, Object> i = (Map<String, Object>) o;
                    d.items.add(item(String.valueOf(i.get("exerciseId")), i.get("sets"), i.get("reps"),
                            i.get("holdSeconds"), i.get("intensityCap"), i.get("notWithinMinutesOfWaking")));
                }
            }
            return d;
        }

        static Draft read(Form form) {
            Draft d = new Draft();
            d.templateId = form.text("templateId");
            d.startDate = form.text("startDate");
            d.sessionsPerWeek = form.number("sessionsPerWeek");
            d.microBreakEveryMinutes = form.number("microBreakEveryMinutes");
            for (int i = 0; i < 10; i++) {
                String trigger = form.text("cueTrigger" + i);
                String action = form.text("cueAction" + i);
                if (trigger != null || action != null) {
                    Map<String, Object> cue = new LinkedHashMap<>();
                    cue.put("trigger", trigger);
                    cue.put("action", action);
                    d.cues.add(cue);
                }
            }
            int count = form.intOr("count", 0);
            for (int i = 0; i < count && i < 60; i++) {
                String id = form.text("exerciseId" + i);
                if (id != null) {
                    d.items.add(item(id, form.number("sets" + i), form.number("reps" + i), form.number("hold" + i),
                            form.number("cap" + i), form.number("waking" + i)));
                    List<String> ticked = form.all(ackField(id));
                    if (!ticked.isEmpty()) {
                        d.acknowledged.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(ticked);
                    }
                }
            }
            return d;
        }

        /** The form field of the acknowledgement boxes at an exercise. */
        static String ackField(String exerciseId) {
            return "ack_" + exerciseId;
        }

        Set<String> acknowledged(String exerciseId) {
            return acknowledged.getOrDefault(exerciseId, Set.of());
        }

        /**
         * The warnings shown at the item at {@code index}: those the service answered for its exercise (not yet
         * accepted), then those the therapist ticked at it on this page (kept ticked, in view, so they can be
         * unticked). Each is one checkbox.
         */
        static List<Map<String, Object>> warningsAt(int index, String exerciseId, List<Map<String, Object>> answered,
                                                    Set<String> ticked) {
            List<Map<String, Object>> out = new ArrayList<>();
            Set<String> shown = new LinkedHashSet<>();
            for (Map<String, Object> w : answered) {
                String code = String.valueOf(w.get("code"));
                if (exerciseId.equals(String.valueOf(w.get("exerciseId"))) && shown.add(code)) {
                    out.add(warningBox(index, exerciseId, code, w.get("message"), ticked.contains(code)));
                }
            }
            for (String code : ticked) {
                if (shown.add(code)) {
                    out.add(warningBox(index, exerciseId, code, null, true));
                }
            }
            return out;
        }

        private static Map<String, Object> warningBox(int index, String exerciseId, String code, Object message,
                                                      boolean checked) {
            Map<String, Object> box = new LinkedHashMap<>();
            box.put("code", code);
            box.put("id", "ack-" + index + "-" + code);
            box.put("name", ackField(exerciseId));
            box.put("label", Clinical.label(Clinical.WARNINGS, code));
            box.put("explanation", Clinical.WARNING_EXPLANATIONS.getOrDefault(code, ""));
            box.put("message", message);
            box.put("checked", checked);
            return box;
        }

        static Map<String, Object> item(String id, Object sets, Object reps, Object hold, Object cap, Object waking) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("exerciseId", id);
            item.put("sets", sets);
            item.put("reps", reps);
            item.put("holdSeconds", hold);
            item.put("intensityCap", cap);
            item.put("notWithinMinutesOfWaking", waking);
            return item;
        }

        /**
         * The plan-assignment body: each item carries the warnings ticked at its exercise
         * ({@code items[i].acknowledgedWarnings}); nothing is acknowledged for every item at once.
         */
        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("templateId", templateId);
            body.put("startDate", startDate);
            body.put("sessionsPerWeek", sessionsPerWeek);
            body.put("microBreakEveryMinutes", microBreakEveryMinutes);
            body.put("habitCues", cues);
            List<Map<String, Object>> sent = new ArrayList<>();
            for (Map<String, Object> item : items) {
                Map<String, Object> copy = new LinkedHashMap<>(item);
                copy.put("acknowledgedWarnings", new ArrayList<>(acknowledged(String.valueOf(item.get("exerciseId")))));
                sent.add(copy);
            }
            body.put("items", sent);
            body.put("acknowledgedWarnings", List.of());
            return body;
        }
    }
}
