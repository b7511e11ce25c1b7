package org.telerehab.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.Roles;
import org.telerehab.progress.service.LogHistoryService;

import java.util.List;
import java.util.UUID;

/** The patient's sessions and check-ins as written, newest first, in pages of at most 100 (the kit's list paging). */
@Path("/api/patients/{patientId}")
@Produces(MediaType.APPLICATION_JSON)
public class LogHistoryResource {

    private final LogHistoryService history;

    LogHistoryResource(LogHistoryService history) {
        this.history = history;
    }

    @GET
    @Path("/sessions")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The patient's sessions, newest first (the patient; the caring therapist)",
            description = "from and to: the patient's days, inclusive, either optional; ?limit= and ?offset= page it.")
    public List<LogDto.SessionEntry> sessions(@PathParam("patientId") UUID patientId, @QueryParam("from") String from,
                                              @QueryParam("to") String to) {
        return history.sessionsOf(patientId, QueryDates.parse("from", from), QueryDates.parse("to", to)).stream()
                .map(LogDto.SessionEntry::of).toList();
    }

    @GET
    @Path("/checkins")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The patient's check-ins, newest first (the patient; the caring therapist)",
            description = "from and to: check-in dates, inclusive, either optional; ?limit= and ?offset= page it.")
    public List<LogDto.CheckInEntry> checkIns(@PathParam("patientId") UUID patientId, @QueryParam("from") String from,
                                              @QueryParam("to") String to) {
        return history.checkInsOf(patientId, QueryDates.parse("from", from), QueryDates.parse("to", to)).stream()
                .map(LogDto.CheckInEntry::of).toList();
    }
}
