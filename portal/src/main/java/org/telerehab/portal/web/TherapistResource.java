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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The therapist's console: worklist, patient detail with alerts, plan builder. */
@Path("/therapist")
@RolesAllowed(Views.THERAPIST)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class TherapistResource {

    @Inject
    Views views;

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
    public TemplateInstance worklist() {
        return worklistPage(null);
    }

    private TemplateInstance worklistPage(Api.Problem problem) {
        Api.Result result = Api.call("program service", () -> program.worklist());
        TemplateInstance page = views.page("therapist/worklist", "/therapist", problem);
        if (!result.ok()) {
            return page.data("problem", problem == null ? result.problem() : problem).data("entries", List.of());
        }
        String me = views.userId().toString();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Map<String, Object> e : result.list()) {
            Map<String, Object> v = new LinkedHashMap<>(e);
            v.put("urgency", Clinical.urgency(e));
            v.put("shortId", Clinical.shortId(e.get("patientId")));
            v.put("dispositionLabel", Clinical.label(Clinical.DISPOSITIONS, e.get("disposition")));
            v.put("painTypesLabel", String.join(", ", Clinical.labels(Clinical.REGIONS, e.get("painTypes"))));
            v.put("alertLabels", Clinical.labels(Clinical.ALERTS, alertTypes(e.get("openAlerts"))));
            v.put("mine", me.equals(String.valueOf(e.get("therapistId"))));
            v.put("isNew", "NEW".equals(e.get("status")));
            v.put("submitted", String.valueOf(e.get("submittedAt")).replace('T', ' ').replaceAll(":\\d\\d(\\.\\d+)?Z$", " UTC"));
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
                                    @QueryParam("resolved") String resolved) {
        TemplateInstance page = views.page("therapist/patient", "/therapist")
                .data("patientId", patientId).data("shortId", Clinical.shortId(patientId))
                .data("assigned", assigned).data("resolved", resolved != null);

        Api.Result screenings = Api.call("intake service", () -> intake.screenings(patientId));
        if (screenings.ok() && !screenings.list().isEmpty()) {
            Map<String, Object> s = new LinkedHashMap<>(screenings.list().get(0));
            s.put("dispositionLabel", Clinical.label(Clinical.DISPOSITIONS, s.get("disposition")));
            s.put("painTypesLabel", String.join(", ", Clinical.labels(Clinical.REGIONS, s.get("painTypes"))));
            Map<String, String> flags = new LinkedHashMap<>(Clinical.EMERGENCY_FLAGS);
            flags.putAll(Clinical.REVIEW_FLAGS);
            s.put("redFlagLabels", Clinical.labels(flags, s.get("redFlags")));
            page.data("screening", s).data("screeningCount", screenings.list().size());
        } else if (!screenings.ok()) {
            page.data("screeningProblem", screenings.problem());
        }

        Api.Result prog = Api.call("progress service", () -> progress.progress(patientId));
        if (prog.ok()) {
            PatientResource.withProgress(page, prog.map()).data("hasProgress", true);
        } else {
            page.data("progressProblem", prog.problem()).data("alerts", List.of());
        }

        Api.Result plan = Api.call("program service", () -> program.activePlan(patientId));
        if (plan.ok()) {
            PatientResource.withPlan(page, plan.map()).data("hasPlan", true);
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
            return patient(patientId, null, null).data("problem", result.problem());
        }
        return Response.seeOther(URI.create("/therapist/patients/" + patientId + "?resolved=1")).build();
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
        return builderPage(patientId, library, draft, null, Set.of());
    }

    @POST
    @Path("patients/{patientId}/plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object buildPlan(@PathParam("patientId") UUID patientId, MultivaluedMap<String, String> posted) {
        Form form = new Form(posted);
        Draft draft = Draft.read(form);
        String action = form.text("action") == null ? "refresh" : form.text("action");
        Set<String> acks = new LinkedHashSet<>(form.all("ack"));
        if (action.equals("add") && form.text("addExercise") != null) {
            draft.items.add(Draft.item(form.text("addExercise"), 2, 10, 0, 6, null));
        } else if (action.startsWith("remove:")) {
            int index = Integer.parseInt(action.substring("remove:".length()));
            if (index >= 0 && index < draft.items.size()) {
                draft.items.remove(index);
            }
        } else if (action.equals("assign")) {
            Map<String, Object> body = draft.body(acks);
            Api.Result result = Api.call("program service", () -> program.assignPlan(patientId, body));
            if (result.ok()) {
                return Response.seeOther(URI.create("/therapist/patients/" + patientId + "?assigned="
                        + result.map().getOrDefault("version", 1))).build();
            }
            return builderPage(patientId, library(), draft, result.problem(), acks);
        }
        return builderPage(patientId, library(), draft, null, acks);
    }

    private TemplateInstance builderPage(UUID patientId, Library library, Draft draft, Api.Problem problem,
                                         Set<String> acks) {
        List<Map<String, Object>> warnings = problem == null ? List.of() : problem.warnings();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < draft.items.size(); i++) {
            Map<String, Object> item = draft.items.get(i);
            Map<String, Object> row = new LinkedHashMap<>(item);
            Object id = item.get("exerciseId");
            Map<String, Object> ex = library.exercises.getOrDefault(String.valueOf(id), Map.of());
            row.put("index", i);
            row.put("name", ex.getOrDefault("name", "Exercise " + Clinical.shortId(id)));
            row.put("tags", ex.getOrDefault("movementTags", List.of()));
            row.put("warnings", warnings.stream().filter(w -> String.valueOf(id).equals(String.valueOf(w.get("exerciseId"))))
                    .map(w -> w.get("message")).toList());
            rows.add(row);
        }
        Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
        for (Map<String, Object> w : warnings) {
            String code = String.valueOf(w.get("code"));
            Map<String, Object> entry = byCode.computeIfAbsent(code, c -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("code", c);
                e.put("label", Clinical.label(Clinical.WARNINGS, c));
                e.put("messages", new ArrayList<String>());
                e.put("checked", acks.contains(c));
                return e;
            });
            Map<String, Object> ex = library.exercises.getOrDefault(String.valueOf(w.get("exerciseId")), Map.of());
            @SuppressWarnings("unchecked")
            List<String> messages = (List<String>) entry.get("messages");
            messages.add((ex.get("name") == null ? "" : ex.get("name") + ": ") + w.get("message"));
        }
        // acknowledgements ticked earlier stay with the draft
        List<String> keptAcks = acks.stream().filter(a -> !byCode.containsKey(a)).toList();
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
        return views.page("therapist/plan-builder", "/therapist", problem)
                .data("patientId", patientId).data("shortId", Clinical.shortId(patientId))
                .data("templates", library.templates).data("draft", draft).data("rows", rows)
                .data("cueRows", cueRows).data("warnings", new ArrayList<>(byCode.values()))
                .data("keptAcks", keptAcks).data("exerciseOptions", exerciseOptions)
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
        public String startDate = LocalDate.now(ZoneOffset.UTC).toString();
        public Object sessionsPerWeek = 3;
        public Object microBreakEveryMinutes;
        public final List<Map<String, Object>> cues = new ArrayList<>();
        public final List<Map<String, Object>> items = new ArrayList<>();

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
                }
            }
            return d;
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

        Map<String, Object> body(Set<String> acks) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("templateId", templateId);
            body.put("startDate", startDate);
            body.put("sessionsPerWeek", sessionsPerWeek);
            body.put("microBreakEveryMinutes", microBreakEveryMinutes);
            body.put("habitCues", cues);
            body.put("items", items);
            body.put("acknowledgedWarnings", new ArrayList<>(acks));
            return body;
        }
    }
}
