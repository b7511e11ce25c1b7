package org.telerehab.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.registry.domain.Therapist;
import org.telerehab.registry.service.AccountClosureService;
import org.telerehab.registry.service.EnrolmentService;
import org.telerehab.registry.service.ProfileService;

import java.util.List;
import java.util.UUID;

@Path("/api/therapists")
@Produces(MediaType.APPLICATION_JSON)
public class TherapistResource {

    private final EnrolmentService enrolment;
    private final ProfileService profiles;
    private final AccountClosureService closures;
    private final CurrentUser currentUser;

    TherapistResource(EnrolmentService enrolment, ProfileService profiles, AccountClosureService closures,
                      CurrentUser currentUser) {
        this.enrolment = enrolment;
        this.profiles = profiles;
        this.closures = closures;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Invite a therapist", description = "Makes the account and mails a link to set a password.")
    public Response invite(@NotNull TherapistDto.Invite request, UriInfo uri) {
        Therapist therapist = enrolment.inviteTherapist(request.toDetails(), currentUser.id());
        return Response.created(uri.getBaseUriBuilder().path("api/therapists").build())
                .entity(TherapistDto.Summary.of(therapist)).build();
    }

    @POST
    @Path("{id}/disable")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Close a therapist's account",
            description = "Disables the account in Keycloak and ends its sessions; program-service then releases every"
                    + " patient in their care (their red flags reach the admins). Asking again changes nothing.")
    public TherapistDto.Summary disable(@PathParam("id") UUID id) {
        return TherapistDto.Summary.of(closures.closeTherapistAccount(id, currentUser.id()));
    }

    @GET
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The clinic's therapists, by name (a therapist sees those who can take a patient; an admin"
            + " every one, with their status)")
    public List<TherapistDto.Summary> list() {
        return profiles.therapists().stream().map(TherapistDto.Summary::of).toList();
    }
}
