package org.telerehab.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** registry-service: invitations, and who patients are (their names live there only). */
@RegisterRestClient(configKey = "registry")
@AccessToken
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RegistryClient {

    @POST
    @Path("/patients")
    Response invitePatient(Object invitation);

    @POST
    @Path("/therapists")
    Response inviteTherapist(Object invitation);

    /**
     * The patients the caller may see (a therapist: theirs and those in nobody's care), matched on names and email:
     * {@code [{id, givenName, familyName, birthDate, status, therapistId}]}; {@code unassigned}: only those in
     * nobody's care.
     */
    @GET
    @Path("/patients")
    Response searchPatients(@QueryParam("q") String q, @QueryParam("unassigned") boolean unassigned);

    @GET
    @Path("/patients/{id}")
    Response patient(@PathParam("id") UUID id);

    /** Changes the fields sent (a patient: phone, locale, timeZone). */
    @PATCH
    @Path("/patients/{id}")
    Response editPatient(@PathParam("id") UUID id, Object changes);

    /**
     * The clinic's therapists: {@code [{id, givenName, familyName, status}]} (a therapist gets those who can take a
     * patient; an admin every one, closed accounts included).
     */
    @GET
    @Path("/therapists")
    Response therapists();

    /** An admin closes a therapist's account; program-service then releases their patients. */
    @POST
    @Path("/therapists/{id}/disable")
    Response disableTherapist(@PathParam("id") UUID id);
}
