package org.telerehab.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.program.domain.RedFlagReport;
import org.telerehab.program.domain.RedFlagSource;
import org.telerehab.program.service.RedFlagService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A patient's red-flag reports: their history, the clearance that closes them, the therapist's acknowledgement. */
@Path("/api/patients/{patientId}")
@Produces(MediaType.APPLICATION_JSON)
public class RedFlagResource {

    /** One report as the contract shows it, with when a clinician acknowledged it and whether it was escalated. */
    public record RedFlagReportDto(UUID id, List<RedFlag> flags, RedFlag.Severity severity, RedFlagSource source,
                                   Instant reportedAt, RedFlagReport.State state, UUID clearedBy, Instant clearedAt,
                                   UUID acknowledgedBy, Instant acknowledgedAt, Instant escalatedAt) {

        static RedFlagReportDto of(RedFlagReport r) {
            return new RedFlagReportDto(r.id, r.flags, r.severity, r.source, r.reportedAt, r.state(), r.clearedBy,
                    r.clearedAt, r.acknowledgedBy, r.acknowledgedAt, r.escalatedAt);
        }
    }

    public record ClearanceRequest(@NotBlank @Size(max = 2000) String note) {
    }

    /** @param reportIds the reports this clearance closed */
    public record ClearanceResponse(UUID patientId, UUID screeningId, UUID clearedBy, Instant clearedAt, String note,
                                    List<UUID> reportIds) {
    }

    private final RedFlagService redFlags;
    private final CurrentUser currentUser;

    RedFlagResource(RedFlagService redFlags, CurrentUser currentUser) {
        this.redFlags = redFlags;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/red-flags")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The patient's red-flag reports, newest first (the patient, the caring therapist, admin)",
            description = "Each report from a screening or a check-in is OPEN until the caring therapist records a "
                    + "clearance; while any is OPEN plan assignment answers 409.")
    public List<RedFlagReportDto> history(@PathParam("patientId") UUID patientId) {
        return redFlags.history(patientId).stream().map(RedFlagReportDto::of).toList();
    }

    @POST
    @Path("/clearance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Record that a physician cleared the patient's red flags (the caring therapist)",
            description = "Clears every OPEN red-flag report of the patient. 409 when the patient never reported one.")
    public ClearanceResponse clearance(@PathParam("patientId") UUID patientId,
                                       @Valid @NotNull ClearanceRequest request) {
        var result = redFlags.clear(patientId, currentUser.id(), request.note());
        var c = result.clearance();
        return new ClearanceResponse(patientId, result.screeningId(), c.therapistId, c.clearedAt, c.note,
                result.reportIds());
    }

    @POST
    @Path("/red-flags/{reportId}/acknowledge")
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "The caring therapist has seen an open report and acted on it",
            description = "The report stays OPEN (plans still wait for a clearance) but is no longer escalated to the "
                    + "admins. A report acknowledged or cleared already is answered as it is.")
    public RedFlagReportDto acknowledge(@PathParam("patientId") UUID patientId, @PathParam("reportId") UUID reportId) {
        return RedFlagReportDto.of(redFlags.acknowledge(patientId, reportId, currentUser.id()));
    }
}
