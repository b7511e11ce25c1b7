package org.telerehab.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.program.service.WorklistService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/worklist")
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

    public record AlertDto(UUID id, UUID patientId, AlertType type, Instant raisedAt) {
    }

    /**
     * @param disposition  the latest screening's; what ranks and blocks is {@code openRedFlags}
     * @param openRedFlags the patient's OPEN red-flag reports, oldest first (empty once cleared)
     */
    public record WorklistEntryDto(UUID patientId, UUID screeningId, Disposition disposition, List<Region> painTypes,
                                   RiskLevel risk, int baselinePain, Instant submittedAt,
                                   WorklistService.Status status, UUID therapistId, List<AlertDto> openAlerts,
                                   List<RedFlagResource.RedFlagReportDto> openRedFlags) {
    }

    private final WorklistService worklist;
    private final CurrentUser currentUser;

    WorklistResource(WorklistService worklist, CurrentUser currentUser) {
        this.worklist = worklist;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Screened patients in nobody's care and in the caller's care, most urgent first",
            description = "An OPEN emergency red-flag report, then an OPEN review report, then other open alerts, then "
                    + "risk HIGH, MEDIUM, LOW; oldest first within a rank. A cleared report no longer ranks.")
    public List<WorklistEntryDto> worklist() {
        return worklist.worklistOf(currentUser.id()).stream().map(e -> new WorklistEntryDto(
                e.triage().patientId, e.triage().screeningId, e.triage().disposition, e.triage().painTypes,
                e.triage().risk, e.triage().baselinePain, e.triage().submittedAt, e.status(), e.therapistId(),
                e.openAlerts().stream().map(a -> new AlertDto(a.alertId, a.patientId, a.type, a.raisedAt)).toList(),
                e.openRedFlags().stream().map(RedFlagResource.RedFlagReportDto::of).toList()))
                .toList();
    }
}
