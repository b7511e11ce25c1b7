package org.telerehab.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** intake-service, called with the logged-in user's access token; answers are read by {@link Api}. */
@RegisterRestClient(configKey = "intake")
@AccessToken
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface IntakeClient {

    @POST
    @Path("/screenings")
    Response screen(Object screening);

    @GET
    @Path("/patients/{patientId}/screenings")
    Response screenings(@PathParam("patientId") UUID patientId);

    @POST
    @Path("/reassessments")
    Response reassess(Object reassessment);

    /** {@code {week, dueFrom}}: the re-assessment due now on the patient's plan; both null when none is. */
    @GET
    @Path("/patients/{patientId}/reassessments/due")
    Response reassessmentDue(@PathParam("patientId") UUID patientId);

    /** Who touched the patient's records in this service (its audit trail), newest first. */
    @GET
    @Path("/patients/{patientId}/access-log")
    Response accessLog(@PathParam("patientId") UUID patientId);
}
