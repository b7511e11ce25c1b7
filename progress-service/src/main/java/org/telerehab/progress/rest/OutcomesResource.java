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
import org.telerehab.progress.service.OutcomesService;

import java.util.UUID;

@Path("/api/patients/{patientId}")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomesResource {

    private final OutcomesService outcomes;

    OutcomesResource(OutcomesService outcomes) {
        this.outcomes = outcomes;
    }

    @GET
    @Path("/outcomes")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The current episode's outcomes (the patient; the caring therapist)",
            description = "The episode's baseline screening, the mean pain of each of the patient's days since it, and "
                    + "each re-assessment's change against it with its minimal important changes.")
    public OutcomesDto outcomes(@PathParam("patientId") UUID patientId) {
        return OutcomesDto.of(outcomes.outcomesOf(patientId));
    }

    @GET
    @Path("/monitoring-days")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The patient's days with at least one session or check-in, from and to inclusive",
            description = "The count remote-monitoring billing asks for; days are the patient's own; at most 366 days.")
    public MonitoringDaysDto monitoringDays(@PathParam("patientId") UUID patientId, @QueryParam("from") String from,
                                            @QueryParam("to") String to) {
        return MonitoringDaysDto.of(outcomes.monitoringDaysOf(patientId, QueryDates.parse("from", from),
                QueryDates.parse("to", to)));
    }
}
