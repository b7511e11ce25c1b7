package org.telerehab.engagement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.engagement.service.PreferencesService;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;

/** The caller's own notification preferences. */
@Path("/api/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
public class PreferencesResource {

    private final PreferencesService preferences;
    private final CurrentUser currentUser;

    PreferencesResource(PreferencesService preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The caller's notification preferences (the defaults until they set any)")
    public PreferencesDto get() {
        return PreferencesDto.of(preferences.of(currentUser.id()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Set the caller's notification preferences: email on or off, the reminder time and work"
            + " hours (HH:mm, the caller's own time zone); their pending reminders are planned again")
    public PreferencesDto put(@NotNull PreferencesDto body) {
        return PreferencesDto.of(preferences.set(currentUser.id(), body.toPreferences()));
    }
}
