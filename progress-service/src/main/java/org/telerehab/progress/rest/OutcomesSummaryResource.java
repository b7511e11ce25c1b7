package org.telerehab.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.progress.service.OutcomesSummaryService;

@Path("/api/outcomes/summary")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomesSummaryResource {

    private final OutcomesSummaryService summaries;
    private final CurrentUser currentUser;

    OutcomesSummaryResource(OutcomesSummaryService summaries, CurrentUser currentUser) {
        this.summaries = summaries;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The clinic's results over episodes of care (admin: the clinic; therapist: their caseload)",
            description = "Episodes, discharges, the share reaching a minimal important change in pain and ODI and the "
                    + "median pain change, at the latest re-assessment and at weeks 6 and 12, by pain type and risk.")
    public OutcomesSummaryDto summary() {
        return OutcomesSummaryDto.of(currentUser.isAdmin() ? summaries.ofClinic()
                : summaries.ofCaseload(currentUser.id()));
    }
}
