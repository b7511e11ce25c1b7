package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
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
import org.telerehab.portal.client.Retelling;
import org.telerehab.portal.client.Retelling.Detail;
import org.telerehab.portal.client.Retelling.Title;

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

    /** The pages, checked against their templates when the portal is built. */
    @CheckedTemplate(basePath = "therapist", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME,
            requireTypeSafeExpressions = false)
    static class Templates {
        /**
         * The library's list.
         *
         * @param exercises     the exercises found
         * @param canEdit       whether the user may edit them (a therapist)
         * @param q             the words searched for; null when none
         * @param region        the region searched in (a code); null when any
         * @param tag           the movement tag searched for (a code); null when any
         * @param equipment     the equipment searched for; null when any
         * @param equipmentSeen every piece of equipment the exercises found need, for the field's suggestions
         * @param filtered      whether anything was searched for
         * @param regions       the region filter's options
         * @param tags          the movement tag filter's options
         */
        static native TemplateInstance exercises(List<Entry> exercises, boolean canEdit, String q, String region,
                                                 String tag, String equipment, Set<String> equipmentSeen,
                                                 boolean filtered, List<Choice> regions, List<Choice> tags);

        /**
         * The editor.
         *
         * @param e                 the exercise being written or edited
         * @param others            the other exercises of the library, which its progression and regression name
         * @param saved             the version just saved; null when the page does not follow a save
         * @param libraryProblem    why the library (the others) could not be read
         * @param earlierVersions   the exercise's earlier versions, newest first (none for a new exercise)
         * @param comparedVersion   the earlier version shown beside the current one
         * @param comparison        the two versions side by side; null when there is none to compare
         * @param comparisonProblem why the earlier version could not be read
         * @param uploadProblem     why a picture or video was refused
         */
        static native TemplateInstance exerciseEditor(ExerciseEditor e, List<Other> others, Integer saved,
                                                      Api.Problem libraryProblem, List<Integer> earlierVersions,
                                                      Object comparedVersion, VersionComparison comparison,
                                                      Api.Problem comparisonProblem, Api.Problem uploadProblem);
    }

    /**
     * An exercise of the library's list; its name is program-service's, in English.
     *
     * @param regionLabels the regions it is for, in the page's words, joined
     * @param doseText     its default dose in the page's words; null when program-service gave none
     * @param tagLabels    its movement tags in the page's words
     * @param illustration the address of its illustration; null without
     * @param mediaCount   how many pictures and videos it has
     * @param later        whether it is a later progression (not a starting exercise)
     */
    @TemplateData
    public record Entry(String id, String name, Object version, Object intensityCap, String regionLabels,
                        String doseText, List<String> tagLabels, String illustration, int mediaCount, boolean later) {
    }

    /** An option of a filter: a code and its label in the page's language. */
    @TemplateData
    public record Choice(String code, String label) {
    }

    /** Another exercise of the library, by id and (English) name. */
    @TemplateData
    public record Other(String id, String name) {
    }

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
        List<Entry> exercises = new ArrayList<>();
        for (Map<String, Object> e : result.list()) {
            String doseText = e.get("dose") instanceof Map<?, ?> d
                    ? staff.dose(count(d.get("sets")), count(d.get("reps")), count(d.get("holdSeconds"))) : null;
            exercises.add(new Entry(text(e.get("id")), text(e.get("name")), e.get("version"),
                    e.get("intensityCap"), StaffCodes.codes(Region.class, e.get("regions")).stream()
                    .map(codes::region).collect(Collectors.joining(", ")), doseText,
                    StaffCodes.codes(MovementTag.class, e.get("movementTags")).stream().map(codes::tag).toList(),
                    e.get("illustrationUrl") == null ? null : "/media/illustrations/" + e.get("id"),
                    e.get("media") instanceof List<?> m ? m.size() : 0,
                    Boolean.TRUE.equals(e.get("laterProgression"))));
            if (e.get("equipment") instanceof List<?> items) {
                items.forEach(item -> equipmentSeen.add(String.valueOf(item)));
            }
        }
        boolean filtered = words != null || inRegion != null || withTag != null || needs != null;
        return views.page(Templates.exercises(exercises, views.hasRole(Views.THERAPIST), words, inRegion, withTag,
                needs, equipmentSeen, filtered, choices(Region.values(), codes), choices(MovementTag.values(), codes)),
                "/therapist/exercises").data("problem", result.problem());
    }

    /** Each code with its label in {@code codes}' language, in the enum's order, for a filter's options. */
    private static List<Choice> choices(Enum<?>[] constants, StaffCodeWords codes) {
        List<Choice> out = new ArrayList<>();
        for (Enum<?> c : constants) {
            out.add(new Choice(c.name(), StaffWords.label(codes, c)));
        }
        return out;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
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
        return editor(ExerciseEditor.of(result.map()), null, saved, library, versions(result.map(), compare, library),
                null);
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
            result = new Api.Result(422, null, Api.Problem.told(422,
                    new Retelling(Title.NO_FILE, Detail.CHOOSE_A_FILE)));
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
        return editor(ExerciseEditor.of(current.map()), null, null, library, versions(current.map(), null, library),
                MediaUploads.readable(result.problem()));
    }

    /**
     * The exercise's versions side by side: the current one and an earlier one (the one before, unless chosen).
     *
     * @param earlier    the earlier versions, newest first
     * @param compared   the earlier version compared; null when there is none
     * @param comparison the two side by side; null when there is none, or the earlier one could not be read
     * @param problem    why the earlier one could not be read
     */
    private record Versions(List<Integer> earlier, Integer compared, VersionComparison comparison,
                            Api.Problem problem) {

        static final Versions NONE = new Versions(List.of(), null, null, null);
    }

    private Versions versions(Map<String, Object> current, Integer compare, Api.Result library) {
        int version = current.get("version") instanceof Number n ? n.intValue() : 1;
        List<Integer> earlier = new ArrayList<>();
        for (int v = version - 1; v >= 1; v--) {
            earlier.add(v);
        }
        if (earlier.isEmpty()) {
            return new Versions(earlier, null, null, null);
        }
        int other = compare != null && compare >= 1 && compare < version ? compare : version - 1;
        UUID id = UUID.fromString(String.valueOf(current.get("id")));
        Api.Result before = Api.call("program service", () -> program.exerciseVersion(id, other));
        Map<String, String> names = new LinkedHashMap<>();
        library.list().forEach(e -> names.put(String.valueOf(e.get("id")), String.valueOf(e.get("name"))));
        String tag = language.tagFor(EDITOR);
        return before.ok() ? new Versions(earlier, other, VersionComparison.of(before.map(), current, names, tag), null)
                : new Versions(earlier, null, null, before.problem());
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
        return editor(exercise, problem, saved, library(), Versions.NONE, null);
    }

    private TemplateInstance editor(ExerciseEditor exercise, Api.Problem problem, Integer saved, Api.Result library,
                                    Versions versions, Api.Problem uploadProblem) {
        // progression and regression name another exercise of the library, never this one
        List<Other> others = library.list().stream()
                .filter(e -> !String.valueOf(e.get("id")).equals(exercise.id))
                .map(e -> new Other(String.valueOf(e.get("id")), String.valueOf(e.get("name"))))
                .sorted(Comparator.comparing(Other::name))
                .toList();
        return views.page(Templates.exerciseEditor(exercise.in(StaffWords.codesIn(language.tagFor(EDITOR))), others,
                saved, library.problem(), versions.earlier(), versions.compared(), versions.comparison(),
                versions.problem(), uploadProblem), "/therapist/exercises").data("problem", problem);
    }
}
