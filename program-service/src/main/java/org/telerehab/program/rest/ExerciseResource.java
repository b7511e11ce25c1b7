package org.telerehab.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.Region;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.program.domain.Exercise;
import org.telerehab.program.domain.ExerciseMedia;
import org.telerehab.program.service.ExerciseService;
import org.telerehab.program.service.Illustrations;
import org.telerehab.program.service.MediaService;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/exercises")
@Produces(MediaType.APPLICATION_JSON)
public class ExerciseResource {

    private final ExerciseService exercises;
    private final MediaService media;
    private final Illustrations illustrations;
    private final CurrentUser currentUser;

    ExerciseResource(ExerciseService exercises, MediaService media, Illustrations illustrations,
                     CurrentUser currentUser) {
        this.exercises = exercises;
        this.media = media;
        this.illustrations = illustrations;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The library's current exercises, optionally by region, movement tag, words (?q=) that"
            + " must all occur in the name, summary or cues, and equipment (?equipment=none: needing none; any"
            + " other word: naming it)")
    public List<ExerciseDto> list(@QueryParam("region") Region region, @QueryParam("tag") MovementTag tag,
                                  @QueryParam("q") @Size(max = 100) String q,
                                  @QueryParam("equipment") @Size(max = 60) String equipment) {
        List<Exercise> found = exercises.list(region, tag, q, equipment);
        Map<UUID, ExerciseMedia> shown = media.mediaOf(found);
        return found.stream().map(e -> ExerciseDto.of(e, shown, illustrations)).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "An exercise: its current version, or the one asked for with ?version=; with ?locale= (en, es,"
            + " fr, ar) its words in that language when that version is translated into it, else in English:"
            + " contentLocale says which")
    public ExerciseDto get(@PathParam("id") UUID id, @QueryParam("version") @Min(1) Integer version,
                           @QueryParam("locale") String locale) {
        ExerciseService.Shown shown = exercises.get(id, version, locale);
        return ExerciseDto.of(shown.exercise(), shown.content(), media.mediaOf(List.of(shown.exercise())),
                illustrations);
    }

    @GET
    @Path("/{id}/translations")
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Which languages each version of the exercise is translated into, newest version first",
            description = "A translation belongs to the version it was written for: a new English version starts with"
                    + " none, and the older version keeps its own.")
    public ExerciseTranslationDto.Listing translations(@PathParam("id") UUID id) {
        return ExerciseTranslationDto.Listing.of(exercises.translations(id));
    }

    @PUT
    @Path("/{id}/translations/{locale}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Write the exercise's name, summary, steps and cues in es, fr or ar, for its current version"
            + " or the one asked for with ?version=: 201 when new, 200 when it replaces that version's words",
            description = "Steps and cues: as many as the English version has, in its order. Limits as the exercise's"
                    + " own (name 120, summary 2000, a step 500, a cue 300 characters). A translation belongs to the"
                    + " version it was written for and is no new prescription: plans keep their version and show its"
                    + " translation from now on. A new English version does not inherit the old version's"
                    + " translations (they may no longer match it); translate it again.")
    public Response translate(@PathParam("id") UUID id, @PathParam("locale") String locale,
                              @QueryParam("version") @Min(1) Integer version,
                              @NotNull ExerciseTranslationDto.Request request, UriInfo uri) {
        ExerciseService.Translated written = exercises.translate(id, version, locale, request.toText(),
                currentUser.id());
        ExerciseTranslationDto body = ExerciseTranslationDto.of(written.translation());
        if (!written.created()) {
            return Response.ok(body).build();
        }
        // where the translation is read: the exercise version in that language
        return Response.created(uri.getBaseUriBuilder().path("api/exercises").path(id.toString())
                        .queryParam("version", body.version()).queryParam("locale", body.locale()).build())
                .entity(body).build();
    }

    @GET
    @Path("/{id}/illustration")
    @Produces("image/svg+xml")
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT})
    @Operation(summary = "The line drawing made for a seeded exercise (start and end position); 404 for others")
    public Response illustration(@PathParam("id") UUID id) {
        byte[] svg = illustrations.svg(id).orElseThrow(() -> ProblemException.notFound("Illustration"));
        return Response.ok(svg, "image/svg+xml")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400")
                // shown as an image, never as a document that could run anything
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .build();
    }

    @POST
    @Path("/{id}/media")
    @Consumes({"image/png", "image/jpeg", "image/webp", "video/mp4", "video/webm"})
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Add a picture or video (the body; checked by its bytes, at most 5 MB for an image and 100 MB"
            + " for a video): makes the exercise's next version, which shows it last; plans keep their version")
    public Response addMedia(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                             @QueryParam("caption") @Size(max = 300) String caption, InputStream body,
                             UriInfo uri) {
        MediaDto stored = MediaDto.of(media.upload(id, contentType, body, caption));
        return Response.created(uri.getBaseUriBuilder().path(stored.url()).build()).entity(stored)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.THERAPIST)
    public Response create(@Valid @NotNull ExerciseDto.Request request, UriInfo uri) {
        var created = exercises.create(request.toDraft(), currentUser.id());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build())
                .entity(dto(created)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Edit an exercise: makes a new version; plans keep the version they were given. Removing a "
            + "safety tag (LUMBAR_FLEXION, END_RANGE, LOADED, ROTATION) needs an admin")
    public ExerciseDto update(@PathParam("id") UUID id, @Valid @NotNull ExerciseDto.Request request) {
        return dto(exercises.update(id, request.toDraft(), currentUser.id(), currentUser.isAdmin()));
    }

    private ExerciseDto dto(Exercise exercise) {
        return ExerciseDto.of(exercise, media.mediaOf(List.of(exercise)), illustrations);
    }
}
