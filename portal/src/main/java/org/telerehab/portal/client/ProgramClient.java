package org.telerehab.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.InputStream;
import java.util.UUID;

/** program-service: worklist, care, red flags and clearance, exercise library, templates and plans. */
@RegisterRestClient(configKey = "program")
@AccessToken
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ProgramClient {

    @GET
    @Path("/worklist")
    Response worklist();

    @POST
    @Path("/patients/{patientId}/care")
    Response takeIntoCare(@PathParam("patientId") UUID patientId);

    @POST
    @Path("/patients/{patientId}/care/transfer")
    Response transfer(@PathParam("patientId") UUID patientId, Object transfer);

    @DELETE
    @Path("/patients/{patientId}/care")
    Response release(@PathParam("patientId") UUID patientId);

    @POST
    @Path("/patients/{patientId}/discharge")
    Response discharge(@PathParam("patientId") UUID patientId, Object discharge);

    @GET
    @Path("/templates")
    Response templates();

    @GET
    @Path("/exercises")
    Response exercises();

    /** The library by words (all must occur in name, summary or cues), region and movement tag; null: any. */
    @GET
    @Path("/exercises")
    Response exercises(@QueryParam("q") String q, @QueryParam("region") String region, @QueryParam("tag") String tag,
                       @QueryParam("equipment") String equipment);

    @GET
    @Path("/exercises/{id}")
    Response exercise(@PathParam("id") UUID id);

    @GET
    @Path("/exercises/{id}")
    Response exerciseVersion(@PathParam("id") UUID id, @QueryParam("version") int version);

    /**
     * An exercise (the current version when {@code version} is null) with its words in {@code locale} (en, es, fr,
     * ar; null: English) when that version is translated into it, else in English: {@code contentLocale} says which.
     */
    @GET
    @Path("/exercises/{id}")
    Response exercise(@PathParam("id") UUID id, @QueryParam("version") Integer version,
                      @QueryParam("locale") String locale);

    /** Which languages each version of the exercise is translated into (therapist, admin). */
    @GET
    @Path("/exercises/{id}/translations")
    Response exerciseTranslations(@PathParam("id") UUID id);

    /**
     * Writes the exercise's {name, summary, steps, cues} in {@code locale} (es, fr, ar) for its current version, or
     * {@code version} when not null (therapist): 201 new, 200 replaced, 422 naming the field.
     */
    @PUT
    @Path("/exercises/{id}/translations/{locale}")
    Response putExerciseTranslation(@PathParam("id") UUID id, @PathParam("locale") String locale,
                                    @QueryParam("version") Integer version, Object translation);

    /** A picture or video for the exercise (program-service checks the bytes): makes its next version. */
    @POST
    @Path("/exercises/{id}/media")
    @Consumes(MediaType.WILDCARD)
    Response addMedia(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                      @QueryParam("caption") String caption, InputStream file);

    /** Streams a picture or video as program-service answers it (status, type, ETag, range), never buffered. */
    @GET
    @Path("/media/{id}")
    @Produces(MediaType.WILDCARD)
    RestResponse<InputStream> media(@PathParam("id") UUID id, @QueryParam("size") String size,
                                    @HeaderParam("Range") String range,
                                    @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @GET
    @Path("/exercises/{id}/illustration")
    @Produces(MediaType.WILDCARD)
    RestResponse<InputStream> illustration(@PathParam("id") UUID id);

    @POST
    @Path("/exercises")
    Response createExercise(Object exercise);

    /** Makes a new version; plans already assigned keep the version they were given. */
    @PUT
    @Path("/exercises/{id}")
    Response updateExercise(@PathParam("id") UUID id, Object exercise);

    @POST
    @Path("/patients/{patientId}/plans")
    Response assignPlan(@PathParam("patientId") UUID patientId, Object plan);

    @GET
    @Path("/patients/{patientId}/plans/active")
    Response activePlan(@PathParam("patientId") UUID patientId);

    /** The current plan with each exercise's words in {@code locale} where translated (its contentLocale says). */
    @GET
    @Path("/patients/{patientId}/plans/active")
    Response activePlan(@PathParam("patientId") UUID patientId, @QueryParam("locale") String locale);

    /** The patient's red-flag reports, newest first (the patient, the caring therapist, admin). */
    @GET
    @Path("/patients/{patientId}/red-flags")
    Response redFlags(@PathParam("patientId") UUID patientId);

    /** The caring therapist records a physician's clearance: every open report of the patient closes. */
    @POST
    @Path("/patients/{patientId}/clearance")
    Response clearance(@PathParam("patientId") UUID patientId, Object clearance);

    /** The caring therapist has seen an open report and acted on it: it is no longer escalated. */
    @POST
    @Path("/patients/{patientId}/red-flags/{reportId}/acknowledge")
    Response acknowledge(@PathParam("patientId") UUID patientId, @PathParam("reportId") UUID reportId);

    /** Open emergency reports nobody acted on in time (admin). */
    @GET
    @Path("/red-flags/escalated")
    Response escalated();

    /** Who touched the patient's records in this service (its audit trail), newest first. */
    @GET
    @Path("/patients/{patientId}/access-log")
    Response accessLog(@PathParam("patientId") UUID patientId);
}
