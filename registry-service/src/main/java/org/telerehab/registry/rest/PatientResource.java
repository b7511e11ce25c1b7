package org.telerehab.registry.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.telerehab.kit.limits.ListPaging;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.registry.domain.Patient;
import org.telerehab.registry.service.EnrolmentService;
import org.telerehab.registry.service.ProfileService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@Path("/api/patients")
@Produces(MediaType.APPLICATION_JSON)
public class PatientResource {

    private final EnrolmentService enrolment;
    private final ProfileService profiles;
    private final CurrentUser currentUser;
    private final Clock clock;

    PatientResource(EnrolmentService enrolment, ProfileService profiles, CurrentUser currentUser, Clock clock) {
        this.enrolment = enrolment;
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Invite a patient",
            description = "Makes the patient's account, mails them a link to set a password, and stores the profile;"
                    + " a therapist who invites takes the patient into care. The same email twice: 409.")
    public Response invite(@NotNull PatientDto.Invite request, UriInfo uri) {
        Patient patient = enrolment.invitePatient(request.toDetails(LocalDate.now(clock.withZone(ZoneOffset.UTC))),
                currentUser.id(), currentUser.isTherapist());
        return Response.created(uri.getBaseUriBuilder().path("api/patients/{id}").build(patient.id))
                .entity(PatientDto.Profile.of(patient)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "A patient's profile (audited)")
    public PatientDto.Profile get(@PathParam("id") UUID id) {
        return PatientDto.Profile.of(profiles.read(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Change a patient's profile",
            description = "The patient: phone, locale, timeZone. The caring therapist and an admin: every field.")
    public PatientDto.Profile edit(@PathParam("id") UUID id, @NotNull ObjectNode changes) {
        return PatientDto.Profile.of(profiles.edit(id, PatientDto.toEdit(changes)));
    }

    @GET
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Find patients by name or email",
            description = "A therapist finds patients in their care and in nobody's care; an admin every patient."
                    + " unassigned=true: only those in nobody's care. Each answer says who cares for the patient."
                    + " In pages like every list (limit, offset); only the patients listed are read and audited.")
    @APIResponse(responseCode = "200", description = "One page of the patients found", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = PatientDto.Summary.class)))
    public ListPaging.Cut<PatientDto.Summary> search(@QueryParam("q") @Size(max = 100) String q,
                                                     @QueryParam("unassigned") boolean unassigned,
                                                     @QueryParam("limit") Integer limit,
                                                     @QueryParam("offset") Integer offset) {
        ListPaging.PageRequest page = ListPaging.PageRequest.of(limit, offset);
        ProfileService.SearchPage found = profiles.search(q, unassigned, page.offset(), page.limit());
        return new ListPaging.Cut<>(found.found().stream().map(PatientDto.Summary::of).toList(), found.total());
    }
}
