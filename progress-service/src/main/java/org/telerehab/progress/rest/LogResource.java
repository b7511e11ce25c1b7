package org.telerehab.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.progress.domain.SessionLog;
import org.telerehab.progress.service.LoggingService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What patients log: sessions and daily check-ins. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LogResource {

    public record ExerciseDone(@NotNull UUID exerciseId,
                               @NotNull @Min(0) @Max(50) Integer setsDone,
                               @NotNull @Min(0) @Max(500) Integer repsDone) {
    }

    public record SessionRequest(@NotNull UUID planId,
                                 @NotNull Instant performedAt,
                                 @NotEmpty @Size(max = 60) List<@NotNull @Valid ExerciseDone> exercises,
                                 @NotNull @Min(0) @Max(10) Integer painBefore,
                                 @NotNull @Min(0) @Max(10) Integer painAfter,
                                 @NotNull @Min(0) @Max(10) Integer perceivedIntensity,
                                 @Size(max = 2000) String notes,
                                 UUID clientRequestId) {
    }

    public record SessionResponse(UUID id, UUID patientId, UUID planId, Instant performedAt,
                                  List<SessionLog.ExerciseDone> exercises, int painBefore, int painAfter,
                                  int perceivedIntensity, String notes, List<AlertType> alertsRaised) {
    }

    public record CheckInRequest(@NotNull LocalDate date,
                                 @NotNull @Min(0) @Max(10) Integer pain,
                                 @NotNull List<@NotNull RedFlag> redFlags,
                                 @Size(max = 2000) String notes,
                                 UUID clientRequestId) {
    }

    public record CheckInResponse(UUID id, UUID patientId, LocalDate date, int pain, List<RedFlag> redFlags,
                                  String notes, List<AlertType> alertsRaised, List<String> advice) {
    }

    private final LoggingService logging;
    private final CurrentUser currentUser;

    LogResource(LoggingService logging, CurrentUser currentUser) {
        this.logging = logging;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/sessions")
    @RolesAllowed(Roles.PATIENT)
    @Operation(summary = "Log a session of one's active plan",
            description = "422 when the plan is not the caller's active plan; 409 for a repeated clientRequestId.")
    public Response logSession(@Valid @NotNull SessionRequest request) {
        var logged = logging.logSession(currentUser.id(), new LoggingService.SessionDraft(request.planId(),
                request.performedAt(), request.exercises().stream().map(e -> new SessionLog.ExerciseDone(
                e.exerciseId(), e.setsDone(), e.repsDone())).toList(), request.painBefore(), request.painAfter(),
                request.perceivedIntensity(), request.notes(), request.clientRequestId()));
        SessionLog s = logged.log();
        return Response.status(Response.Status.CREATED).entity(new SessionResponse(s.id, s.patientId, s.planId,
                s.performedAt, s.exercises, s.painBefore, s.painAfter, s.perceivedIntensity, s.notes,
                logged.alertsRaised())).build();
    }

    @POST
    @Path("/checkins")
    @RolesAllowed(Roles.PATIENT)
    @Operation(summary = "Daily pain check-in",
            description = "An emergency red flag raises RED_FLAG_SYMPTOM (the plan is paused) and the answer tells "
                    + "the patient to seek care now.")
    public Response checkIn(@Valid @NotNull CheckInRequest request) {
        var logged = logging.checkIn(currentUser.id(), new LoggingService.CheckInDraft(request.date(), request.pain(),
                request.redFlags(), request.notes(), request.clientRequestId()));
        var c = logged.log();
        return Response.status(Response.Status.CREATED).entity(new CheckInResponse(c.id, c.patientId, c.date, c.pain,
                c.redFlags, c.notes, logged.alertsRaised(), logged.advice())).build();
    }
}
