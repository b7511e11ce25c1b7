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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.Region;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.ProgramClient;
import org.telerehab.portal.client.Retelling.Detail;
import org.telerehab.portal.client.Retelling.Title;
import org.telerehab.portal.web.StaffCodes.SafetyWarning;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The plan builder: a plan from a template or from scratch, checked for safety by program-service and assigned. */
@Path("/therapist/patients/{patientId}/plan")
@RolesAllowed(Views.THERAPIST)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PlanBuilderResource {

    @Inject
    Views views;

    @Inject
    PatientNames names;

    @Inject
    PortalLanguage language;

    @Inject
    @RestClient
    ProgramClient program;

    @CheckedTemplate(basePath = "therapist", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME,
            requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance planBuilder(PlanBuilderView builder);
    }

    @GET
    public TemplateInstance planBuilder(@PathParam("patientId") UUID patientId,
                                        @QueryParam("template") String templateId) {
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
            return problem.retold(Title.RED_FLAGS_NOT_CLEARED, Detail.PLAN_RED_FLAG_OPEN);
        }
        if (problem.hasWarnings()) {
            return problem.retold(Title.SAFETY_WARNINGS, Detail.PLAN_REVIEW_WARNINGS);
        }
        return problem;
    }

    private TemplateInstance builderPage(UUID patientId, Library library, Draft draft, Api.Problem problem) {
        StaffCodeWords words = StaffWords.codesIn(language.tagFor("therapist/plan-builder"));
        List<Map<String, Object>> warnings = problem == null ? List.of() : problem.warnings();
        List<PlanBuilderView.Row> rows = new ArrayList<>();
        List<PlanBuilderView.SummaryLine> summary = new ArrayList<>();
        Set<String> summarised = new HashSet<>();
        for (int i = 0; i < draft.items.size(); i++) {
            Map<String, Object> item = draft.items.get(i);
            String id = String.valueOf(item.get("exerciseId"));
            Map<String, Object> ex = library.exercises.getOrDefault(id, Map.of());
            String name = String.valueOf(ex.getOrDefault("name", "Exercise " + Clinical.shortId(id)));
            rows.add(new PlanBuilderView.Row(i, id, name, StaffCodes.codes(MovementTag.class, ex.get("movementTags")),
                    item.get("sets"), item.get("reps"), item.get("holdSeconds"), item.get("intensityCap"),
                    item.get("notWithinMinutesOfWaking"),
                    Draft.warningsAt(i, id, warnings, draft.acknowledged(id), words)));
            for (Map<String, Object> w : warnings) {
                if (id.equals(String.valueOf(w.get("exerciseId"))) && summarised.add(id + w.get("code"))) {
                    summary.add(new PlanBuilderView.SummaryLine("item-" + i, name, warningLabel(words, w.get("code"))));
                }
            }
        }
        List<PlanBuilderView.Option> exerciseOptions = new ArrayList<>();
        library.exercises.values().forEach(e -> exerciseOptions.add(new PlanBuilderView.Option(
                String.valueOf(e.get("id")), String.valueOf(e.get("name")))));
        exerciseOptions.sort(Comparator.comparing(PlanBuilderView.Option::name));
        List<PlanBuilderView.TemplateOption> templates = library.templates.stream()
                .map(t -> new PlanBuilderView.TemplateOption(String.valueOf(t.get("id")), String.valueOf(t.get("name")),
                        StaffCodes.code(Region.class, t.get("region")))).toList();
        List<Map<String, Object>> cues = new ArrayList<>(draft.cues);
        while (cues.size() < 3) {
            cues.add(Map.of("trigger", "", "action", ""));
        }
        List<PlanBuilderView.CueRow> cueRows = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            cueRows.add(new PlanBuilderView.CueRow(i, i + 1, text(cues.get(i).get("trigger")),
                    text(cues.get(i).get("action"))));
        }
        Api.Result reports = Api.call("program service", () -> program.redFlags(patientId));
        boolean redFlagOpen = reports.ok() && Clinical.mostSevereOpen(reports.list()) != null;
        boolean blocked = problem != null && problem.is("red-flag-not-cleared");
        PlanBuilderView view = new PlanBuilderView(patientId, names.of(patientId), problem, draft, templates, rows,
                cueRows, summary, blocked, redFlagOpen && !blocked, exerciseOptions, library.problem);
        return views.page(Templates.planBuilder(view), "/therapist");
    }

    /** A safety warning's short name in {@code words}' language; a code this portal does not know, as it is. */
    static String warningLabel(StaffCodeWords words, Object code) {
        SafetyWarning warning = StaffCodes.code(SafetyWarning.class, code);
        return warning == null ? String.valueOf(code) : words.warning(warning);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
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
    @TemplateData
    public static final class Draft {
        public String templateId;
        public String startDate;
        public Object sessionsPerWeek = 3;
        public Object microBreakEveryMinutes;
        // the cues and items as program-service names their fields; the page reads them as PlanBuilderView's rows
        final List<Map<String, Object>> cues = new ArrayList<>();
        final List<Map<String, Object>> items = new ArrayList<>();
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
         * unticked). Each is one checkbox, its words in {@code words}' language.
         */
        static List<PlanBuilderView.WarningBox> warningsAt(int index, String exerciseId,
                                                           List<Map<String, Object>> answered, Set<String> ticked,
                                                           StaffCodeWords words) {
            List<PlanBuilderView.WarningBox> out = new ArrayList<>();
            Set<String> shown = new LinkedHashSet<>();
            for (Map<String, Object> w : answered) {
                String code = String.valueOf(w.get("code"));
                if (exerciseId.equals(String.valueOf(w.get("exerciseId"))) && shown.add(code)) {
                    out.add(warningBox(index, exerciseId, code, w.get("message"), ticked.contains(code), words));
                }
            }
            for (String code : ticked) {
                if (shown.add(code)) {
                    out.add(warningBox(index, exerciseId, code, null, true, words));
                }
            }
            return out;
        }

        private static PlanBuilderView.WarningBox warningBox(int index, String exerciseId, String code,
                                                             Object message, boolean checked, StaffCodeWords words) {
            SafetyWarning known = StaffCodes.code(SafetyWarning.class, code);
            return new PlanBuilderView.WarningBox(code, "ack-" + index + "-" + code, ackField(exerciseId),
                    warningLabel(words, code), known == null ? "" : words.warningWhy(known),
                    message == null ? null : message.toString(), checked);
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
