package org.telerehab.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
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
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * engagement-service: the user's notifications, their notification preferences, and the messages between a patient
 * and the therapist caring for them.
 */
@RegisterRestClient(configKey = "engagement")
@AccessToken
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EngagementClient {

    /** The caller's notifications: {@code {items: [{id, kind, patientId, createdAt, readAt}], unread}}. */
    @GET
    @Path("/notifications")
    Response notifications();

    /** Marks one of the caller's notifications read (another's: 404). */
    @POST
    @Path("/notifications/{id}/read")
    Response markRead(@PathParam("id") UUID id);

    /** {@code {email, reminderTime: "HH:mm", workHours: {from, to} | null}}. */
    @GET
    @Path("/notification-preferences")
    Response preferences();

    /** Replaces the caller's preferences; 422/400 naming the field (workHours, workHours.to, reminderTime). */
    @PUT
    @Path("/notification-preferences")
    Response savePreferences(Object preferences);

    /**
     * A patient's thread, newest first: {@code {items: [{id, authorId, authorRole, text, createdAt}], unread, next}};
     * reading marks it read. {@code before}: the {@code next} cursor of the previous page, or null.
     */
    @GET
    @Path("/patients/{patientId}/messages")
    Response messages(@PathParam("patientId") UUID patientId, @QueryParam("before") String before);

    /** Writes {@code {text}} (1-4000 characters) to a patient's thread: 201 with the message, 422 naming text. */
    @POST
    @Path("/patients/{patientId}/messages")
    Response write(@PathParam("patientId") UUID patientId, Object message);
}
