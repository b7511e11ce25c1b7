package org.telerehab.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

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

    @GET
    @Path("/exercises/{id}")
    Response exercise(@PathParam("id") UUID id);

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
