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
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.ProgramClient;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    @GET
    public TemplateInstance exercises() {
        Api.Result result = Api.call("program service", () -> program.exercises());
        List<Map<String, Object>> exercises = new ArrayList<>();
        for (Map<String, Object> e : result.list()) {
            Map<String, Object> v = new LinkedHashMap<>(e);
            Object dose = e.get("dose");
            if (dose instanceof Map<?, ?> d) {
                v.put("doseText", Clinical.dose(d.get("sets"), d.get("reps"), d.get("holdSeconds")));
            }
            v.put("regionLabels", String.join(", ", Clinical.labels(Clinical.REGIONS, e.get("regions"))));
            exercises.add(v);
        }
        return views.page("therapist/exercises", "/therapist/exercises", result.problem())
                .data("exercises", exercises).data("canEdit", views.hasRole(Views.THERAPIST));
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
    public TemplateInstance edit(@PathParam("id") UUID id, @QueryParam("saved") Integer saved) {
        Api.Result result = Api.call("program service", () -> program.exercise(id));
        if (result.status() == 404) {
            throw new NotFoundException();
        }
        if (!result.ok()) {
            return exercises().data("problem", result.problem());
        }
        return editor(ExerciseEditor.of(result.map()), null, saved);
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
        Api.Result library = Api.call("program service", () -> program.exercises());
        // progression and regression name another exercise of the library, never this one
        List<Map<String, Object>> others = library.list().stream()
                .filter(e -> !String.valueOf(e.get("id")).equals(exercise.id))
                .map(e -> Map.<String, Object>of("id", String.valueOf(e.get("id")), "name", String.valueOf(e.get("name"))))
                .sorted(Comparator.comparing(e -> String.valueOf(e.get("name"))))
                .toList();
        return views.page("therapist/exercise-editor", "/therapist/exercises", problem)
                .data("e", exercise).data("others", others).data("saved", saved)
                .data("libraryProblem", library.problem());
    }
}
