package org.telerehab.portal.web;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.Region;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.ProgramClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The exercise library: the list for therapists and admins, and the editor for therapists (a new exercise, or a new
 * version of one; plans already assigned keep the version they were given).
 */
@Path("/therapist/exercises")
@RolesAllowed({Views.THERAPIST, Views.ADMIN})
@Produces(MediaType.TEXT_HTML)
@Blocking
public class LibraryResource {

    @Inject
    Views views;

    @Inject
    @RestClient
    ProgramClient program;

    @Inject
    PortalLanguage language;

    /** The editor's template, in the user's language when translated ({@link PortalLanguage#TRANSLATED}). */
    static final String EDITOR = "therapist/exercise-editor";

    @GET
    public TemplateInstance exercises(@QueryParam("q") String q, @QueryParam("region") String region,
                                      @QueryParam("tag") String tag, @QueryParam("equipment") String equipment) {
        String words = q == null || q.isBlank() ? null : q.strip();
        String needs = equipment == null || equipment.isBlank() ? null : equipment.strip();
        String inRegion = Clinical.REGIONS.containsKey(region) ? region : null;
        String withTag = Clinical.MOVEMENT_TAGS.containsKey(tag) ? tag : null;
        Api.Result result = Api.call("program service", () -> program.exercises(words, inRegion, withTag, needs));
        String page = language.tagFor("therapist/exercises");
        StaffMessages staff = StaffWords.in(page);
        StaffCodeWords codes = StaffWords.codesIn(page);
        Set<String> equipmentSeen = new TreeSet<>();
        List<Map<String, Object>> exercises = new ArrayList<>();
        for (Map<String, Object> e : result.list()) {
            Map<String, Object> v = new LinkedHashMap<>(e);
            Object dose = e.get("dose");
            if (dose instanceof Map<?, ?> d) {
                v.put("doseText", staff.dose(count(d.get("sets")), count(d.get("reps")), count(d.get("holdSeconds"))));
            }
            v.put("regionLabels", StaffCodes.codes(Region.class, e.get("regions")).stream()
                    .map(codes::region).collect(Collectors.joining(", ")));
            v.put("tagLabels", StaffCodes.codes(MovementTag.class, e.get("movementTags")).stream().map(codes::tag)
                    .toList());
            v.put("illustration", e.get("illustrationUrl") == null ? null : "/media/illustrations/" + e.get("id"));
            v.put("mediaCount", e.get("media") instanceof List<?> m ? m.size() : 0);
            v.put("later", Boolean.TRUE.equals(e.get("laterProgression")));
            if (e.get("equipment") instanceof List<?> items) {
                items.forEach(item -> equipmentSeen.add(String.valueOf(item)));
            }
            exercises.add(v);
        }
        boolean filtered = words != null || inRegion != null || withTag != null || needs != null;
        return views.page("therapist/exercises", "/therapist/exercises", result.problem())
                .data("exercises", exercises).data("canEdit", views.hasRole(Views.THERAPIST))
                .data("q", words).data("region", inRegion).data("tag", withTag).data("equipment", needs)
                .data("equipmentSeen", equipmentSeen).data("filtered", filtered)
                .data("regions", labels(Region.values(), codes).entrySet())
                .data("tags", labels(MovementTag.values(), codes).entrySet());
    }

    /** Each code by its label in {@code codes}' language, in the enum's order, for a filter's options. */
    private static Map<String, String> labels(Enum<?>[] constants, StaffCodeWords codes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Enum<?> c : constants) {
            out.put(c.name(), StaffWords.label(codes, c));
        }
        return out;
    }

    private static int count(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    @GET
    @Path("new")
    @RolesAllowed(Views.THERAPIST)
    public TemplateInstance newExercise() {
        return editor(ExerciseEditor.blank(), null, null);
    }

    @POST
    @Path("new")
    @RolesAllowed(Views.THERAPIST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(MultivaluedMap<String, String> posted) {
        ExerciseEditor exercise = ExerciseEditor.read(new Form(posted), null);
        Api.Result result = Api.call("program service", () -> program.createExercise(exercise.body()));
        return result.ok() ? saved(result) : editor(exercise, exercise.readable(result.problem()), null);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Views.THERAPIST)
    public TemplateInstance edit(@PathParam("id") UUID id, @QueryParam("saved") Integer saved,
                                 @QueryParam("compare") Integer compare) {
        Api.Result result = Api.call("program service", () -> program.exercise(id));
        if (result.status() == 404) {
            throw new NotFoundException();
        }
        if (!result.ok()) {
            return exercises(null, null, null, null).data("problem", result.problem());
        }
        Api.Result library = library();
        return versions(editor(ExerciseEditor.of(result.map()), null, saved, library), result.map(), compare, library);
    }

    /**
     * A picture or video from the editor (a multipart form): relayed to program-service, which checks its bytes and
     * makes the exercise's next version; the editor then shows it, or says in words why it was refused.
     */
    @POST
    @Path("{id}/media")
    @RolesAllowed(Views.THERAPIST)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Object upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file, @RestForm String caption) {
        Api.Result result;
        if (file == null || file.size() == 0) {
            result = new Api.Result(422, null, new Api.Problem(422, "No file chosen",
                    "Choose a picture or a video to upload.", List.of(), List.of()));
        } else {
            result = Api.call("program service", () -> {
                try (InputStream bytes = Files.newInputStream(file.uploadedFile())) {
                    return program.addMedia(id, file.contentType(), caption == null || caption.isBlank() ? null
                            : caption.strip(), bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        if (result.ok()) {
            Api.Result now = Api.call("program service", () -> program.exercise(id));
            Object version = now.ok() ? now.map().get("version") : null;
            return Response.seeOther(URI.create("/therapist/exercises/" + id + (version == null ? ""
                    : "?saved=" + version) + "#media")).build();
        }
        Api.Result current = Api.call("program service", () -> program.exercise(id));
        if (!current.ok()) {
            return exercises(null, null, null, null).data("problem", current.problem());
        }
        Api.Result library = library();
        return versions(editor(ExerciseEditor.of(current.map()), null, null, library), current.map(), null, library)
                .data("uploadProblem", MediaUploads.readable(result.problem()));
    }

    /** The exercise's versions side by side: the current one and an earlier one (the one before, unless chosen). */
    private TemplateInstance versions(TemplateInstance page, Map<String, Object> current, Integer compare,
                                      Api.Result library) {
        int version = current.get("version") instanceof Number n ? n.intValue() : 1;
        List<Integer> earlier = new ArrayList<>();
        for (int v = version - 1; v >= 1; v--) {
            earlier.add(v);
        }
        page.data("earlierVersions", earlier);
        if (earlier.isEmpty()) {
            return page;
        }
        int other = compare != null && compare >= 1 && compare < version ? compare : version - 1;
        UUID id = UUID.fromString(String.valueOf(current.get("id")));
        Api.Result before = Api.call("program service", () -> program.exerciseVersion(id, other));
        Map<String, String> names = new LinkedHashMap<>();
        library.list().forEach(e -> names.put(String.valueOf(e.get("id")), String.valueOf(e.get("name"))));
        String tag = language.tagFor(EDITOR);
        return before.ok() ? page.data("comparison", VersionComparison.of(before.map(), current, names, tag))
                .data("comparedVersion", other) : page.data("comparisonProblem", before.problem());
    }

    private Api.Result library() {
        return Api.call("program service", () -> program.exercises());
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Views.THERAPIST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object update(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        ExerciseEditor exercise = ExerciseEditor.read(new Form(posted), id.toString());
        Api.Result result = Api.call("program service", () -> program.updateExercise(id, exercise.body()));
        return result.ok() ? saved(result) : editor(exercise, exercise.readable(result.problem()), null);
    }

    /** After a save, the editor of what was saved (a redirect, so a reload does not save twice). */
    private static Response saved(Api.Result result) {
        Map<String, Object> e = result.map();
        return Response.seeOther(URI.create("/therapist/exercises/" + e.get("id") + "?saved=" + e.get("version")))
                .build();
    }

    private TemplateInstance editor(ExerciseEditor exercise, Api.Problem problem, Integer saved) {
        return editor(exercise, problem, saved, library());
    }

    private TemplateInstance editor(ExerciseEditor exercise, Api.Problem problem, Integer saved, Api.Result library) {
        // progression and regression name another exercise of the library, never this one
        List<Map<String, Object>> others = library.list().stream()
                .filter(e -> !String.valueOf(e.get("id")).equals(exercise.id))
                .map(e -> Map.<String, Object>of("id", String.valueOf(e.get("id")),
                        "name", String.valueOf(e.get("name"))))
                .sorted(Comparator.comparing(e -> String.valueOf(e.get("name"))))
                .toList();
        return views.page(EDITOR, "/therapist/exercises", problem)
                .data("e", exercise.in(StaffWords.codesIn(language.tagFor(EDITOR)))).data("others", others)
                .data("saved", saved).data("libraryProblem", library.problem());
    }
}
