package org.telerehab.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.Region;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.program.service.ExerciseService;

import java.util.List;
import java.util.UUID;

@Path("/api/exercises")
@Produces(MediaType.APPLICATION_JSON)
public class ExerciseResource {

    private final ExerciseService exercises;
    private final CurrentUser currentUser;

    ExerciseResource(ExerciseService exercises, CurrentUser currentUser) {
        this.exercises = exercises;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The library's current exercises, optionally by region and movement tag")
    public List<ExerciseDto> list(@QueryParam("region") Region region, @QueryParam("tag") MovementTag tag) {
        return exercises.list(region, tag).stream().map(ExerciseDto::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "An exercise: its current version, or the one asked for with ?version=")
    public ExerciseDto get(@PathParam("id") UUID id, @QueryParam("version") @Min(1) Integer version) {
        return ExerciseDto.of(exercises.get(id, version));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.THERAPIST)
    public Response create(@Valid @NotNull ExerciseDto.Request request, UriInfo uri) {
        var created = exercises.create(request.toDraft(), currentUser.id());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build())
                .entity(ExerciseDto.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Edit an exercise: makes a new version; plans keep the version they were given. Removing a "
            + "safety tag (LUMBAR_FLEXION, END_RANGE, LOADED, ROTATION) needs an admin")
    public ExerciseDto update(@PathParam("id") UUID id, @Valid @NotNull ExerciseDto.Request request) {
        return ExerciseDto.of(exercises.update(id, request.toDraft(), currentUser.id(), currentUser.isAdmin()));
    }
}
