package org.telerehab.engagement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.engagement.service.NotificationService;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;

import java.util.UUID;

/** The caller's own notifications: nobody reads another person's. */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    NotificationResource(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The caller's notifications, newest first (at most 50), and how many are unread")
    public NotificationDto.Inbox list() {
        return NotificationDto.Inbox.of(notifications.inboxOf(currentUser.id()));
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Mark one of the caller's notifications read; another person's is 404")
    public NotificationDto.Item read(@PathParam("id") UUID id) {
        return NotificationDto.Item.of(notifications.markRead(currentUser.id(), id));
    }
}
