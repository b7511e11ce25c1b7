package org.telerehab.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** progress-service: session logs, check-ins, progress and alerts. */
@RegisterRestClient(configKey = "progress")
@AccessToken
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ProgressClient {

    @POST
    @Path("/sessions")
    Response logSession(Object session);

    @POST
    @Path("/checkins")
    Response checkIn(Object checkIn);

    @GET
    @Path("/patients/{patientId}/progress")
    Response progress(@PathParam("patientId") UUID patientId);

    /** The current episode's outcomes: baseline, daily pain, re-assessments, the alerts raised during it. */
    @GET
    @Path("/patients/{patientId}/outcomes")
    Response outcomes(@PathParam("patientId") UUID patientId);

    /** The results over episodes of care: a therapist's caseload, or the clinic's for an admin. */
    @GET
    @Path("/outcomes/summary")
    Response outcomesSummary();

    /** The patient's sessions on their days {@code from} to {@code to} (ISO dates, inclusive), newest first. */
    @GET
    @Path("/patients/{patientId}/sessions")
    Response sessions(@PathParam("patientId") UUID patientId, @QueryParam("from") String from,
                      @QueryParam("to") String to);

    /** The patient's check-ins dated {@code from} to {@code to} (ISO dates, inclusive), newest first. */
    @GET
    @Path("/patients/{patientId}/checkins")
    Response checkIns(@PathParam("patientId") UUID patientId, @QueryParam("from") String from,
                      @QueryParam("to") String to);

    /** The patient's days with a session or check-in in the 30 days up to their today. */
    @GET
    @Path("/patients/{patientId}/monitoring-days")
    Response monitoringDays(@PathParam("patientId") UUID patientId);

    @POST
    @Path("/alerts/{alertId}/resolve")
    Response resolve(@PathParam("alertId") UUID alertId);

    /** Who touched the patient's records in this service (its audit trail), newest first. */
    @GET
    @Path("/patients/{patientId}/access-log")
    Response accessLog(@PathParam("patientId") UUID patientId);
}
