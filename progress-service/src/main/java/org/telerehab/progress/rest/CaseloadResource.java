package org.telerehab.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.care.CareDirectory;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/caseload")
@Produces(MediaType.APPLICATION_JSON)
public class CaseloadResource {

    public record CaseloadEntry(UUID patientId, Instant inCareSince) {
    }

    private final CareDirectory care;
    private final CurrentUser currentUser;

    CaseloadResource(CareDirectory care, CurrentUser currentUser) {
        this.care = care;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "The patients in the caller's care")
    public List<CaseloadEntry> caseload() {
        return care.patientsOf(currentUser.id()).stream()
                .map(r -> new CaseloadEntry(r.patientId(), r.since()))
                .toList();
    }
}
